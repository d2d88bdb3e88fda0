package io.jrados.client.api;

import java.time.Instant;

/**
 * What {@code stat} says of an object.
 *
 * @param size its size in bytes
 * @param mtime when it was last modified, as the OSD recorded it
 */
public record ObjectStat(long size, Instant mtime) {}
