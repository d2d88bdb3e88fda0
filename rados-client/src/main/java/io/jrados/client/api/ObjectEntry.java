package io.jrados.client.api;

/**
 * One object found by a listing.
 *
 * @param namespace its namespace; empty for the default one
 * @param name its name
 * @param locator its locator key; empty when it has none
 */
public record ObjectEntry(String namespace, String name, String locator) {}
