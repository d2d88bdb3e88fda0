package io.jrados.client.internal.net;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.msgr2.AckFrame;
import io.jrados.protocol.msgr2.ControlFrame;
import io.jrados.protocol.msgr2.Frame;
import io.jrados.protocol.msgr2.Keepalive2AckFrame;
import io.jrados.protocol.msgr2.Keepalive2Frame;
import io.jrados.protocol.msgr2.MessageFrame;
import io.jrados.protocol.msgr2.MessageHeader2;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.time.Instant;

/**
 * The READY phase of a lossy client connection: numbers outgoing messages and acknowledges incoming
 * ones (piggy-backed, or an ACK frame when we have nothing to send), answers KEEPALIVE2, and hands
 * messages to the listener in order. A sequence gap means a message was lost, which a lossy session
 * cannot repair: the connection is faulted and the owner reconnects.
 */
final class Msgr2Session extends ChannelInboundHandlerAdapter {
  private final Msgr2Connection connection;
  private long outSeq;
  private long inSeq;
  private long ackedInSeq;
  private boolean ackScheduled;

  /** How long a received message may wait for a piggy-backed ack before an ACK frame is sent. */
  static final long ACK_DELAY_MILLIS = 20;

  private volatile long lastKeepaliveAckNanos = System.nanoTime();

  Msgr2Session(Msgr2Connection connection) {
    this.connection = connection;
  }

  /** Builds the frame for a message, assigning its sequence number; event loop only. */
  MessageFrame frame(OutgoingMessage m) {
    MessageHeader2 header =
        new MessageHeader2(
            ++outSeq,
            m.tid(),
            m.type(),
            m.priority(),
            m.version(),
            0,
            m.dataOffset(),
            inSeq,
            0,
            m.compatVersion(),
            0);
    ackedInSeq = inSeq;
    return new MessageFrame(header, m.front(), Unpooled.EMPTY_BUFFER, m.data());
  }

  long lastKeepaliveAckNanos() {
    return lastKeepaliveAckNanos;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof Frame frame)) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (frame.tag().isMessage()) {
        onMessage(MessageFrame.from(frame));
        return;
      }
      ControlFrame control = ControlFrame.decode(frame);
      if (control instanceof Keepalive2Frame keepalive) {
        ctx.writeAndFlush(new Keepalive2AckFrame(keepalive.timestamp()));
      } else if (control instanceof Keepalive2AckFrame) {
        lastKeepaliveAckNanos = System.nanoTime();
      } else if (!(control instanceof AckFrame)) {
        // A lossy client keeps no sent queue, so the peer's ACKs need no action.
        throw new ProtocolException(
            "unexpected " + control.tag() + " from " + connection.peer() + " on a ready session");
      }
    } finally {
      frame.release();
    }
  }

  private void onMessage(MessageFrame message) {
    long seq = message.header().seq();
    if (seq <= inSeq) {
      ReferenceCountUtil.release(message); // a duplicate of what we already have
      return;
    }
    if (seq != inSeq + 1) {
      ReferenceCountUtil.release(message);
      throw new ProtocolException(
          "message seq " + seq + " from " + connection.peer() + " skips past " + (inSeq + 1));
    }
    inSeq = seq;
    connection.deliver(message);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    // Our next message carries the ack anyway; only if none goes out soon is an ACK frame worth
    // its write (and, in secure mode, its encryption). A request/reply loop then sends none.
    if (inSeq > ackedInSeq && !ackScheduled) {
      ackScheduled = true;
      ctx.executor()
          .schedule(
              () -> {
                ackScheduled = false;
                if (inSeq > ackedInSeq && ctx.channel().isActive()) {
                  ackedInSeq = inSeq;
                  ctx.writeAndFlush(new AckFrame(inSeq));
                }
              },
              ACK_DELAY_MILLIS,
              java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    ctx.fireChannelReadComplete();
  }

  /** Sends a KEEPALIVE2; the peer answers with KEEPALIVE2_ACK. */
  void sendKeepalive(ChannelHandlerContext ctx) {
    ctx.writeAndFlush(new Keepalive2Frame(UTime.fromInstant(Instant.now())));
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    connection.closed(new ConnectionClosedException(connection.peer() + " closed the connection"));
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    connection.closed(Causes.unwrap(cause));
    ctx.close();
  }
}
