package io.jrados.client.internal.mon;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.api.NoMonitorReachableException;
import io.jrados.client.internal.mon.MonTargets.Target;
import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.client.internal.util.Causes;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One hunt for a mon session: tries up to {@code parallel} mons at once, keeps the first that
 * finishes the handshake and closes the rest, and moves on to untried mons (then starts over) every
 * {@code interval} until the deadline. A refused authentication ends the hunt at once: every mon
 * shares one key database, so another mon would refuse too.
 */
final class MonHunt {
  private final EventExecutor loop;
  private final List<Target> targets;
  private final int parallel;
  private final Duration interval;
  private final long deadlineNanos;
  private final Function<Target, CompletableFuture<Msgr2Connection>> connect;
  private final CompletableFuture<Msgr2Connection> result = new CompletableFuture<>();
  private final Map<String, String> attempts = new LinkedHashMap<>();
  private int next;
  private int inFlight;

  MonHunt(
      EventExecutor loop,
      List<Target> targets,
      String avoid,
      int parallel,
      Duration interval,
      Duration timeout,
      Function<Target, CompletableFuture<Msgr2Connection>> connect) {
    this.loop = loop;
    List<Target> order = new ArrayList<>(targets);
    Collections.shuffle(order);
    // The mon we just lost goes last: it is the least likely to answer.
    order.sort((a, b) -> Boolean.compare(a.name().equals(avoid), b.name().equals(avoid)));
    this.targets = order;
    this.parallel = Math.max(1, parallel);
    this.interval = interval;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    this.connect = connect;
  }

  /** Each address tried so far and what happened there. Loop only. */
  Map<String, String> attempts() {
    return attempts;
  }

  /** Starts the hunt; the future completes with the winning connection. Loop only. */
  CompletableFuture<Msgr2Connection> start() {
    round();
    return result;
  }

  private void round() {
    if (result.isDone()) {
      return;
    }
    if (System.nanoTime() >= deadlineNanos) {
      result.completeExceptionally(new NoMonitorReachableException(attempts));
      return;
    }
    int n = Math.min(parallel, targets.size());
    for (int i = 0; i < n; i++) {
      Target t = targets.get(next++ % targets.size());
      inFlight++;
      connect.apply(t).whenComplete((conn, error) -> loop.execute(() -> finished(t, conn, error)));
    }
    // Attempts still in flight have their own deadline; the next round starts alongside them so
    // a hung mon cannot stall the hunt.
    loop.schedule(this::round, interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void finished(Target t, Msgr2Connection conn, Throwable error) {
    inFlight--;
    if (error == null) {
      if (!result.complete(conn)) {
        conn.close(); // another mon won
      }
      return;
    }
    Throwable cause = Causes.unwrap(error);
    attempts.put(t.address().toString(), cause.getMessage());
    if (cause instanceof AuthenticationException) {
      result.completeExceptionally(cause);
      return;
    }
    if (inFlight == 0 && System.nanoTime() >= deadlineNanos) {
      result.completeExceptionally(new NoMonitorReachableException(attempts));
    }
  }
}
