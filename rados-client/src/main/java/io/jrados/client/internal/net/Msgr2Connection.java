package io.jrados.client.internal.net;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.internal.util.EventLoops;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One ready msgr2 connection to a mon, OSD or mgr. Sends messages (any thread), delivers what
 * arrives to its listener (on its I/O thread), and reports its close once.
 *
 * <p>Delivery guarantee: lossy, as Ceph's clients are. A message handed to {@link #send} is sent at
 * most once on this connection; if the connection drops, whatever was in flight is neither resent
 * nor acknowledged here. The owner (mon or OSD session) decides what to resend on a new connection.
 */
public final class Msgr2Connection {
  private final ConnectionSpec spec;

  /** {@link #write}, made once: a post then takes no task object (see EventLoops). */
  private final Consumer<OutgoingMessage> writer = this::write;

  private volatile MessageListener listener;
  private Channel channel;
  private Msgr2Session session;
  private HandshakeResult handshake;
  private ScheduledFuture<?> keepalive;
  private boolean closeReported;

  Msgr2Connection(ConnectionSpec spec, MessageListener listener) {
    this.spec = spec;
    this.listener = listener;
  }

  void attach(Channel channel, Msgr2Session session) {
    this.channel = channel;
    this.session = session;
  }

  void ready(HandshakeResult result) {
    this.handshake = result;
  }

  /** The peer, as "v2:127.0.0.1:3300/0". */
  public String peer() {
    return spec.describeTarget();
  }

  public ConnectionSpec spec() {
    return spec;
  }

  /** What the handshake established: global id, mode, features, addresses. */
  public HandshakeResult handshake() {
    return handshake;
  }

  /** "secure" or "crc". */
  public String mode() {
    return handshake.secure() ? "secure" : "crc";
  }

  public boolean isOpen() {
    return channel.isActive();
  }

  /**
   * Sends a message. The returned future completes when it is written to the socket, or fails with
   * {@link ConnectionClosedException} if the connection is (or becomes) closed first.
   */
  public CompletableFuture<Void> send(OutgoingMessage message) {
    CompletableFuture<Void> written = new CompletableFuture<>();
    EventLoops.runOn(
        channel.eventLoop(),
        () -> {
          if (!channel.isActive()) {
            message.release();
            written.completeExceptionally(
                new ConnectionClosedException("connection to " + peer() + " is closed"));
            return;
          }
          MessageFrame frame = session.frame(message);
          channel
              .writeAndFlush(frame)
              .addListener(
                  f -> {
                    if (f.isSuccess()) {
                      written.complete(null);
                    } else {
                      written.completeExceptionally(
                          new ConnectionClosedException(
                              "sending to " + peer() + " failed", f.cause()));
                    }
                  });
        });
    return written;
  }

  /**
   * Sends a message with no word back: for the owner that learns of a failed write by the
   * connection closing (it is closed then, and its listener told), as OSD sessions do. Saves the
   * future and listener {@link #send} makes per message.
   */
  public void post(OutgoingMessage message) {
    EventLoops.runOn(channel.eventLoop(), writer, message);
  }

  private void write(OutgoingMessage message) {
    if (!channel.isActive()) {
      message.release();
      return; // the close is (or will be) reported to the listener
    }
    // A void promise reports a failed write to the pipeline, whose session closes the connection.
    channel.writeAndFlush(session.frame(message), channel.voidPromise());
  }

  /**
   * Sends KEEPALIVE2 every {@code interval} and closes the connection if no KEEPALIVE2_ACK came for
   * {@code timeout} (unless that is zero), so a peer that vanished without a FIN is noticed.
   */
  public void startKeepalive(Duration interval, Duration timeout) {
    long timeoutNanos = timeout.toNanos();
    keepalive =
        channel
            .eventLoop()
            .scheduleAtFixedRate(
                () -> {
                  long silent = System.nanoTime() - session.lastKeepaliveAckNanos();
                  if (timeoutNanos > 0 && silent > timeoutNanos) {
                    closed(
                        new ConnectionClosedException(
                            peer()
                                + " did not answer keepalives for "
                                + TimeUnit.NANOSECONDS.toMillis(silent)
                                + " ms"));
                    channel.close();
                  } else {
                    session.sendKeepalive(channel.pipeline().context(session));
                  }
                },
                interval.toNanos(),
                interval.toNanos(),
                TimeUnit.NANOSECONDS);
  }

  void deliver(MessageFrame message) {
    MessageListener l = listener;
    if (l == null) {
      message.release();
      return;
    }
    l.onMessage(this, message);
  }

  /** Reports the close to the listener, once. Event loop only. */
  void closed(Throwable cause) {
    if (closeReported) {
      return;
    }
    closeReported = true;
    if (keepalive != null) {
      keepalive.cancel(false);
    }
    MessageListener l = listener;
    if (l != null) {
      l.onClose(this, cause);
    }
  }

  /** Closes the connection; the listener hears of it once. */
  public CompletableFuture<Void> close() {
    CompletableFuture<Void> f = new CompletableFuture<>();
    channel.close().addListener(x -> f.complete(null));
    return f;
  }

  @Override
  public String toString() {
    return "Msgr2Connection[" + peer() + (handshake == null ? "" : ", " + mode()) + "]";
  }
}
