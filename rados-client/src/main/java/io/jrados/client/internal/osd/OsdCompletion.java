package io.jrados.client.internal.osd;

/**
 * Where the objecter tells an op's outcome: exactly one of these is called, once, on the client's
 * event loop. {@link Objecter#submit(OsdOpSpec)} hands out a future that is one; the object API
 * implements it on the future it returns to the caller, so an op needs no second future chained to
 * the first.
 */
public interface OsdCompletion {
  /**
   * The OSD answered. Returns whether the result was taken: if so it is the completion's to
   * release, if not the objecter releases it.
   */
  boolean answered(OsdResult result);

  /** The op failed: timed out, its pool is gone, the client closed, or it could not be sent. */
  void failed(Throwable error);
}
