package io.jrados.client.api;

/**
 * What a {@link Watch} does with the notifies sent to its object, and with its own loss.
 *
 * <p>Both methods run on one thread per client that only runs watch callbacks, in the order the
 * events arrived, never on the client's I/O thread. A notify is acknowledged when {@link #onNotify}
 * returns, with the bytes it returned; the notifier waits for that ack until its timeout, so a slow
 * callback delays the notifier and holds up later events of the same client.
 */
@FunctionalInterface
public interface WatchListener {
  /**
   * A notify arrived for the watched object.
   *
   * @return the reply sent back to the notifier in the ack (null or empty: no reply bytes). If this
   *     throws, the notify is acknowledged with no reply bytes and the exception is logged.
   */
  byte[] onNotify(NotifyEvent event);

  /**
   * The watch is lost: the OSD dropped it (the object was deleted, or the client was away longer
   * than the watch's timeout) and notifies no longer reach it. Notifies sent meanwhile were missed.
   * Close the watch and watch again to resume. The default does nothing.
   *
   * @param watchCookie the lost watch's cookie ({@link Watch#cookie()})
   * @param error what happened, with its errno ({@code ENOTCONN} when the OSD no longer knows the
   *     watch)
   */
  default void onError(long watchCookie, RadosException error) {}
}
