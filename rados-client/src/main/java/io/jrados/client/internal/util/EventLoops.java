package io.jrados.client.internal.util;

import io.netty.util.concurrent.EventExecutor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Running work on the event loop that owns the state it touches. */
public final class EventLoops {
  private EventLoops() {}

  /**
   * Runs {@code task} now if the caller is on {@code loop}, else queues it there. With one I/O
   * thread a connection's loop is usually the caller's own: running at once saves queueing a task
   * per message.
   */
  public static void runOn(EventExecutor loop, Runnable task) {
    if (loop.inEventLoop()) {
      task.run();
    } else {
      loop.execute(task);
    }
  }

  /**
   * {@link #runOn(EventExecutor, Runnable)} for a task that takes its argument: given a task held
   * in a field, a call on the loop makes no object at all, where a lambda passed to the other form
   * is made before the check. Only a queued call builds one. For paths taken once per op.
   */
  public static <T> void runOn(EventExecutor loop, Consumer<? super T> task, T arg) {
    if (loop.inEventLoop()) {
      task.accept(arg);
    } else {
      loop.execute(() -> task.accept(arg));
    }
  }

  /** {@link #runOn(EventExecutor, Consumer, Object)} for a task of two arguments. */
  public static <T, U> void runOn(
      EventExecutor loop, BiConsumer<? super T, ? super U> task, T first, U second) {
    if (loop.inEventLoop()) {
      task.accept(first, second);
    } else {
      loop.execute(() -> task.accept(first, second));
    }
  }
}
