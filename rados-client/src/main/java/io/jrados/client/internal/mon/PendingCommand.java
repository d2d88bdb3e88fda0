package io.jrados.client.internal.mon;

import io.jrados.client.api.MonCommandResult;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.CompletableFuture;

/** A mon command waiting for its ack; kept by tid so one bad reply fails one command only. */
final class PendingCommand {
  final long tid;
  final String json;
  final byte[] input;
  final CompletableFuture<MonCommandResult> result;
  ScheduledFuture<?> timeout;

  PendingCommand(long tid, String json, byte[] input, CompletableFuture<MonCommandResult> result) {
    this.tid = tid;
    this.json = json;
    this.input = input;
    this.result = result;
  }
}
