package io.jrados.protocol.osdmap;

/**
 * One {@code pg_upmap_items} pair: where CRUSH put {@code from}, use {@code to} instead.
 *
 * @param from the OSD CRUSH chose
 * @param to the OSD to use in its place
 */
public record UpmapItem(int from, int to) {}
