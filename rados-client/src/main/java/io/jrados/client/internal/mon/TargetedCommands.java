package io.jrados.client.internal.mon;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.client.internal.mon.MonTargets.Target;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.auth.cephx.CephxTicketSet;
import io.jrados.protocol.mon.MonMap;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands addressed to one named mon: each runs over a freshly authenticated connection of its
 * own, so the answer is that mon's and the session is not involved.
 */
final class TargetedCommands {
  private static final Logger log = LoggerFactory.getLogger(TargetedCommands.class);

  private final MonClient client;

  TargetedCommands(MonClient client) {
    this.client = client;
  }

  CompletableFuture<MonCommandResult> run(
      String name, String json, byte[] input, Duration timeout) {
    CompletableFuture<MonCommandResult> result = new CompletableFuture<>();
    client
        .loop()
        .execute(
            () -> {
              MonMap map = client.messages().monMap();
              Target target =
                  map == null
                      ? null
                      : MonTargets.fromMonMap(map).stream()
                          .filter(t -> t.name().equals(name))
                          .findFirst()
                          .orElse(null);
              if (target == null) {
                result.completeExceptionally(
                    new RadosException(
                        "no mon named '"
                            + name
                            + "' with a msgr2 address in the monmap"
                            + (map == null
                                ? " (not connected)"
                                : "; it has " + map.mons().keySet())));
                return;
              }
              attemptTargeted(target, json, input, timeout, result);
              client
                  .loop()
                  .schedule(
                      () ->
                          result.completeExceptionally(
                              new RadosTimeoutException(
                                  "mon." + name + " to answer " + json, timeout)),
                      timeout.toNanos(),
                      TimeUnit.NANOSECONDS);
            });
    return result;
  }

  /**
   * One try at a targeted command. A mon that has just rejoined the quorum may drop a connection
   * mid-handshake; that is retried (after 200 ms, within the command's deadline), while a refused
   * authentication or an answer ends it.
   */
  private void attemptTargeted(
      Target target,
      String json,
      byte[] input,
      Duration timeout,
      CompletableFuture<MonCommandResult> result) {
    if (result.isDone() || client.isClosed()) {
      return;
    }
    TargetedCommand command = new TargetedCommand(target.name());
    // A failed handshake is reported twice (the connect future and the listener's close); the
    // attempt is retried once.
    java.util.concurrent.atomic.AtomicBoolean failed =
        new java.util.concurrent.atomic.AtomicBoolean();
    Consumer<Throwable> onFailure =
        e -> {
          if (failed.compareAndSet(false, true)) {
            client.loop().execute(() -> retryTargeted(e, target, json, input, timeout, result));
          }
        };
    command.result.whenComplete(
        (r, e) -> {
          if (e == null) {
            result.complete(r);
          } else {
            onFailure.accept(e);
          }
        });
    client
        .connector()
        .connect(client.spec(target, timeout, 0, CephxTicketSet.empty()), command)
        .whenComplete(
            (conn, error) -> {
              if (error != null) {
                onFailure.accept(error);
              } else {
                client
                    .messages()
                    .sendCommand(conn, new PendingCommand(1, json, input, command.result));
              }
            });
  }

  private void retryTargeted(
      Throwable error,
      Target target,
      String json,
      byte[] input,
      Duration timeout,
      CompletableFuture<MonCommandResult> result) {
    Throwable cause = Causes.unwrap(error);
    if (cause instanceof AuthenticationException) {
      result.completeExceptionally(cause);
      return;
    }
    log.debug(
        "targeted command to mon.{} failed ({}); retrying", target.name(), cause.getMessage());
    client
        .loop()
        .schedule(
            () -> attemptTargeted(target, json, input, timeout, result),
            200,
            TimeUnit.MILLISECONDS);
  }
}
