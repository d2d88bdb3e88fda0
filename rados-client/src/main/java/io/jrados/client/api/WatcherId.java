package io.jrados.client.api;

/**
 * One watch, as a notify's result names it: the watching client's global id and its watch cookie.
 *
 * @param gid the client's global id: the watcher is {@code client.<gid>}
 * @param cookie the client's id of the watch
 */
public record WatcherId(long gid, long cookie) {
  @Override
  public String toString() {
    return "client." + gid + " cookie " + cookie;
  }
}
