package io.jrados.client.internal.mon;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.internal.net.MessageListener;
import io.jrados.client.internal.net.Msgr2Connection;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.messages.MMonCommandAck;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.ByteBufUtil;
import java.util.concurrent.CompletableFuture;

/**
 * One command on a connection of its own to one named mon, so it runs on that mon and not on
 * whichever mon the session has (a mon answers some commands from its own state). The connection
 * closes once the ack arrives.
 */
final class TargetedCommand implements MessageListener {
  final CompletableFuture<MonCommandResult> result = new CompletableFuture<>();
  private final String mon;

  TargetedCommand(String mon) {
    this.mon = mon;
  }

  @Override
  public void onMessage(Msgr2Connection connection, MessageFrame message) {
    try {
      if (message.header().type() == MessageType.MON_COMMAND_ACK) {
        MMonCommandAck ack =
            MMonCommandAck.decode(new CephDecoder(message.front()), message.header().version());
        result.complete(
            new MonCommandResult(ack.result(), ack.status(), ByteBufUtil.getBytes(message.data())));
        connection.close();
      }
    } catch (ProtocolException e) {
      result.completeExceptionally(e);
      connection.close();
    } finally {
      message.release();
    }
  }

  @Override
  public void onClose(Msgr2Connection connection, Throwable cause) {
    result.completeExceptionally(
        new ConnectionClosedException(
            "mon." + mon + " closed the connection before answering", cause));
  }
}
