package io.jrados.client.internal.mon;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.protocol.messages.CephMessage;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The mon requests answered by a reply message of their own: pool stats ({@code MGetPoolStats}) and
 * cluster totals ({@code MStatfs}) behind {@code rados df}, and pool ops ({@code MPoolOp}). Each is
 * matched to its reply by tid, sent again on a new session (as librados does; the first two are
 * answered statelessly), and failed on its deadline or when the client closes. Kept apart from
 * {@link MonClient} so that class only forwards to it. Everything runs on the client's loop.
 */
final class MonReplyRequests {
  private record Pending(
      Function<UUID, CephMessage> request,
      Class<? extends CephMessage> replyType,
      CompletableFuture<CephMessage> result,
      ScheduledFuture<?> timeout) {}

  private final EventExecutor loop;
  private final Map<Long, Pending> pending = new HashMap<>();
  private long nextTid = 1;

  MonReplyRequests(EventExecutor loop) {
    this.loop = loop;
  }

  /**
   * Sends a request (built with the cluster's fsid when it goes out) and waits for a reply of
   * {@code replyType}.
   *
   * @param send sends a request with a tid now, if there is a session; resend() sends it later
   */
  <R extends CephMessage> CompletableFuture<R> submit(
      Function<UUID, CephMessage> request,
      Class<R> replyType,
      Duration timeout,
      String what,
      BiConsumer<Long, Function<UUID, CephMessage>> send) {
    CompletableFuture<CephMessage> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          long tid = nextTid++;
          ScheduledFuture<?> timer =
              loop.schedule(
                  () -> {
                    if (pending.remove(tid) != null) {
                      result.completeExceptionally(new RadosTimeoutException(what, timeout));
                    }
                  },
                  timeout.toNanos(),
                  TimeUnit.NANOSECONDS);
          pending.put(tid, new Pending(request, replyType, result, timer));
          send.accept(tid, request);
        });
    return result.thenApply(replyType::cast);
  }

  /** A reply arrived; completes its request unless it timed out or is of another kind. */
  void replied(long tid, CephMessage reply) {
    Pending p = pending.get(tid);
    if (p == null || !p.replyType().isInstance(reply)) {
      return;
    }
    pending.remove(tid);
    p.timeout().cancel(false);
    p.result().complete(reply);
  }

  /** On a new session, every request still waiting goes out again. */
  void resend(BiConsumer<Long, Function<UUID, CephMessage>> send) {
    pending.forEach((tid, p) -> send.accept(tid, p.request()));
  }

  void failAll() {
    for (Pending p : pending.values()) {
      p.timeout().cancel(false);
      p.result().completeExceptionally(new ConnectionClosedException("the client was closed"));
    }
    pending.clear();
  }
}
