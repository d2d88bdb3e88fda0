package io.jrados.client.api;

/**
 * One watch on an object, as {@link IoCtx#listWatchers} reports it (what {@code rados listwatchers}
 * prints).
 *
 * @param watcher the watching client, e.g. {@code client.4129}
 * @param cookie the client's id of the watch
 * @param timeoutSeconds how long the OSD keeps the watch while the client is away
 * @param address the client's address as Ceph prints it, e.g. {@code 127.0.0.1:0/3000173624}
 */
public record WatcherInfo(String watcher, long cookie, long timeoutSeconds, String address) {}
