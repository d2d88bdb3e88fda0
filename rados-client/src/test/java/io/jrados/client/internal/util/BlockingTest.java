package io.jrados.client.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.MonCommandException;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BlockingTest {

  @Test
  void returnsTheValue() {
    assertThat(Blocking.await(CompletableFuture.completedFuture(7), Duration.ofSeconds(1), "x"))
        .isEqualTo(7);
  }

  @Test
  void timesOutSayingWhatAndCancels() {
    CompletableFuture<String> never = new CompletableFuture<>();
    assertThatThrownBy(() -> Blocking.await(never, Duration.ofMillis(50), "mon command status"))
        .isInstanceOf(RadosTimeoutException.class)
        .hasMessage("timed out after 50 ms waiting for mon command status");
    assertThat(never).isCancelled();
  }

  @Test
  void rethrowsOurOwnFailureAsItIs() {
    MonCommandException cause = new MonCommandException("{}", -2, "nope");
    assertThatThrownBy(
            () -> Blocking.await(CompletableFuture.failedFuture(cause), Duration.ofSeconds(1), "x"))
        .isSameAs(cause);
  }

  @Test
  void wrapsForeignFailures() {
    assertThatThrownBy(
            () ->
                Blocking.await(
                    CompletableFuture.failedFuture(new java.io.IOException("boom")),
                    Duration.ofSeconds(1),
                    "connect"))
        .isInstanceOf(RadosException.class)
        .hasMessageContaining("connect failed")
        .hasMessageContaining("boom");
  }

  @Test
  void refusesToBlockAnIoThread() throws Exception {
    try (IoThreads io = new IoThreads(1)) {
      AtomicReference<Throwable> seen = new AtomicReference<>();
      io.group()
          .submit(
              () -> {
                try {
                  Blocking.await(new CompletableFuture<>(), Duration.ofSeconds(5), "a reply");
                } catch (Throwable t) {
                  seen.set(t);
                }
              })
          .sync();
      assertThat(seen.get())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("would deadlock");
    }
  }
}
