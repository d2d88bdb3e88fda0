package io.jrados.client.api;

import java.time.Instant;

/**
 * A pool snapshot, as {@code rados lssnap} lists it.
 *
 * @param id its snapshot id: {@link IoCtx#withReadSnapshot} reads at it
 * @param name its name
 * @param stamp when it was taken
 */
public record PoolSnapshotInfo(long id, String name, Instant stamp) {}
