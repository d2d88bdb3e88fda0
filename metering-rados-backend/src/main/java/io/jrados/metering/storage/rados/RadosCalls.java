package io.jrados.metering.storage.rados;

import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for several RADOS operations at once, failing as the sync API would. */
final class RadosCalls {
  /**
   * The longest wait for an operation whose own timeout did not fire: the client's OSD op timeout
   * is zero (none) by default, as in librados, and a provider call must still end.
   */
  static final Duration DEADLINE = Duration.ofMinutes(5);

  private RadosCalls() {}

  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new RadosException("RADOS operation failed: " + cause, cause);
    } catch (TimeoutException e) {
      future.cancel(false);
      throw new RadosTimeoutException("a RADOS operation", DEADLINE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RadosException("interrupted while waiting for the cluster", e);
    }
  }

  /** Waits for every future, then throws the first failure if any. */
  static void joinAll(List<? extends CompletableFuture<?>> futures) {
    RuntimeException first = null;
    for (CompletableFuture<?> f : futures) {
      try {
        join(f);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
