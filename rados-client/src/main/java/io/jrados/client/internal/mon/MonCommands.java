package io.jrados.client.internal.mon;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.api.RadosTimeoutException;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The mon session's commands (MMonCommand) and osdmap version queries (MMonGetVersion) waiting for
 * their answers. Each is kept by its tid or handle, so one bad reply fails one request; it is sent
 * when there is a session, sent again in tid order on each new one, and failed on its deadline or
 * when the client closes. Kept apart from {@link MonClient}, which hunts for the session and hands
 * over the acks. Everything runs on the client's loop.
 */
final class MonCommands {
  private final EventExecutor loop;
  private final Consumer<PendingCommand> sendCommand;
  private final LongConsumer sendGetVersion;
  private final TreeMap<Long, PendingCommand> pending = new TreeMap<>();
  private final TreeMap<Long, CompletableFuture<Long>> versionRequests = new TreeMap<>();
  private long nextTid = 1;
  private long nextVersionHandle = 1;
  private boolean closed;

  /**
   * @param sendCommand sends a command on the current session, or drops it if there is none ({@link
   *     #resend} sends it on the next)
   * @param sendGetVersion the same for an osdmap version query, by its handle
   */
  MonCommands(
      EventExecutor loop, Consumer<PendingCommand> sendCommand, LongConsumer sendGetVersion) {
    this.loop = loop;
    this.sendCommand = sendCommand;
    this.sendGetVersion = sendGetVersion;
  }

  /** Runs a mon command; the future fails after {@code timeout} with what was waited for. */
  CompletableFuture<MonCommandResult> command(String json, byte[] input, Duration timeout) {
    CompletableFuture<MonCommandResult> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          if (closed) {
            result.completeExceptionally(new ConnectionClosedException("the client is closed"));
            return;
          }
          PendingCommand p = new PendingCommand(nextTid++, json, input, result);
          pending.put(p.tid, p);
          p.timeout =
              loop.schedule(
                  () -> {
                    if (pending.remove(p.tid) != null) {
                      result.completeExceptionally(
                          new RadosTimeoutException("mon command " + json, timeout));
                    }
                  },
                  timeout.toNanos(),
                  TimeUnit.NANOSECONDS);
          sendCommand.accept(p);
        });
    return result;
  }

  /** The newest osdmap epoch the mons have; fails after {@code timeout}. */
  CompletableFuture<Long> newestOsdMapEpoch(Duration timeout) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    loop.execute(
        () -> {
          if (closed) {
            result.completeExceptionally(new ConnectionClosedException("the client is closed"));
            return;
          }
          long handle = nextVersionHandle++;
          versionRequests.put(handle, result);
          loop.schedule(
              () -> {
                if (versionRequests.remove(handle) != null) {
                  result.completeExceptionally(
                      new RadosTimeoutException("the newest osdmap epoch from the mons", timeout));
                }
              },
              timeout.toNanos(),
              TimeUnit.NANOSECONDS);
          sendGetVersion.accept(handle);
        });
    return result;
  }

  /** An MMonCommandAck arrived. */
  void acked(long tid, MonCommandResult r) {
    PendingCommand p = pending.remove(tid);
    if (p == null) {
      return; // timed out already, or a duplicate ack after a resend
    }
    p.timeout.cancel(false);
    p.result.complete(r);
  }

  /** An MMonGetVersionReply arrived. */
  void versionArrived(long handle, long newest) {
    CompletableFuture<Long> f = versionRequests.remove(handle);
    if (f != null) {
      f.complete(newest);
    }
  }

  /** A new session is up: everything still waiting goes out on it, in tid order. */
  void resend() {
    for (PendingCommand p : pending.values()) {
      sendCommand.accept(p);
    }
    for (long handle : versionRequests.keySet()) {
      sendGetVersion.accept(handle);
    }
  }

  /** The client closed: everything waiting fails, and so does anything asked later. */
  void failAll() {
    closed = true;
    for (PendingCommand p : pending.values()) {
      p.timeout.cancel(false);
      p.result.completeExceptionally(new ConnectionClosedException("the client was closed"));
    }
    pending.clear();
    for (CompletableFuture<Long> f : versionRequests.values()) {
      f.completeExceptionally(new ConnectionClosedException("the client was closed"));
    }
    versionRequests.clear();
  }
}
