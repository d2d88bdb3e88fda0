package io.jrados.metering.layout;

/**
 * What a metering file's path says about it; the SDK's {@code MeteringFileInfo}.
 *
 * @param path the full key
 * @param timestamp minute-level timestamp
 * @param category service category
 * @param sharedPoolId shared pool cluster id
 * @param selfId reporting component
 * @param part page number
 */
public record MeteringFileInfo(
    String path, long timestamp, String category, String sharedPoolId, String selfId, int part) {}
