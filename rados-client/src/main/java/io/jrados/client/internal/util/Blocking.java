package io.jrados.client.internal.util;

import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the thin sync methods wait on the async core: with a deadline, never on an I/O thread (that
 * would wait for itself forever), and rethrowing the real cause rather than a wrapper.
 */
public final class Blocking {
  private Blocking() {}

  /**
   * Waits for {@code future}.
   *
   * @param what what is being waited for, for the timeout message ("mon command osd tree")
   * @throws IllegalStateException when called on a jrados I/O thread
   * @throws RadosTimeoutException when the deadline passes (the future is cancelled)
   * @throws RadosException the failure the future completed with
   */
  public static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
    if (IoThreads.onIoThread() && !future.isDone()) {
      throw new IllegalStateException(
          "blocking on a jrados I/O thread would deadlock it; use the async method to wait for "
              + what);
    }
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(false);
      throw new RadosTimeoutException(what, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(false);
      throw new RadosException("interrupted while waiting for " + what, e);
    } catch (CancellationException e) {
      throw new RadosException(what + " was cancelled", e);
    } catch (ExecutionException e) {
      throw rethrowable(e.getCause(), what);
    }
  }

  /**
   * The cause as the caller should see it: our own exceptions as they are, with the waiting
   * thread's stack attached as a suppressed exception so both places show up in a trace.
   */
  static RuntimeException rethrowable(Throwable cause, String what) {
    if (cause instanceof RadosException re) {
      re.addSuppressed(new RadosException("(waited for " + what + " here)"));
      return re;
    }
    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
      return (RuntimeException) cause;
    }
    return new RadosException(what + " failed: " + cause, cause);
  }
}
