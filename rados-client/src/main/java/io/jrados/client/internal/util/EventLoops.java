package io.jrados.client.internal.util;

import io.netty.util.concurrent.EventExecutor;

/** Running work on the event loop that owns the state it touches. */
public final class EventLoops {
  private EventLoops() {}

  /**
   * Runs {@code task} now if the caller is on {@code loop}, else queues it there. With one I/O
   * thread a connection's loop is usually the caller's own: running at once saves a task per
   * message.
   */
  public static void runOn(EventExecutor loop, Runnable task) {
    if (loop.inEventLoop()) {
      task.run();
    } else {
      loop.execute(task);
    }
  }
}
