package io.jrados.client.internal.net;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.Errno;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.AuthConstants;
import io.jrados.protocol.auth.cephx.CephxCrypto;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.messages.CephFeatures;
import io.jrados.protocol.msgr2.AuthBadMethodFrame;
import io.jrados.protocol.msgr2.AuthDoneFrame;
import io.jrados.protocol.msgr2.AuthReplyMoreFrame;
import io.jrados.protocol.msgr2.AuthRequestFrame;
import io.jrados.protocol.msgr2.AuthRequestMoreFrame;
import io.jrados.protocol.msgr2.AuthSignatureFrame;
import io.jrados.protocol.msgr2.Banner;
import io.jrados.protocol.msgr2.ClientIdentFrame;
import io.jrados.protocol.msgr2.ControlFrame;
import io.jrados.protocol.msgr2.Frame;
import io.jrados.protocol.msgr2.HelloFrame;
import io.jrados.protocol.msgr2.IdentMissingFeaturesFrame;
import io.jrados.protocol.msgr2.ServerIdentFrame;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The client side of the msgr2.1 handshake, as an explicit state machine that holds the connect
 * future: banner, HELLO, AUTH_REQUEST and its rounds, AUTH_DONE (and secure mode from there),
 * AUTH_SIGNATURE both ways, CLIENT_IDENT, SERVER_IDENT. One deadline covers the whole handshake. On
 * success it completes the future and steps out of the pipeline; on any failure it fails the future
 * with a specific error and closes the channel.
 */
final class HandshakeHandler extends ChannelInboundHandlerAdapter {
  enum State {
    BANNER,
    HELLO,
    AUTH,
    AUTH_SIGNATURE,
    IDENT,
    READY,
    FAILED
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConnectionSpec spec;
  private final FrameCodecState codec;
  private final CompletableFuture<HandshakeResult> done;
  private State state = State.BANNER;
  private ScheduledFuture<?> deadline;
  private EntityAddr ourAddress;
  private long globalId;
  private int connectionMode;
  private byte[] expectedPeerSignature;

  HandshakeHandler(
      ConnectionSpec spec, FrameCodecState codec, CompletableFuture<HandshakeResult> done) {
    this.spec = spec;
    this.codec = codec;
    this.done = done;
  }

  State state() {
    return state;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    deadline =
        ctx.executor()
            .schedule(
                () ->
                    fail(
                        ctx,
                        new RadosTimeoutException(
                            "the msgr2 handshake with "
                                + spec.describeTarget()
                                + " (stuck at "
                                + state
                                + ")",
                            spec.handshakeTimeout())),
                spec.handshakeTimeout().toNanos(),
                TimeUnit.NANOSECONDS);
    ctx.writeAndFlush(Banner.OURS);
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (state == State.READY) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (msg instanceof Banner banner) {
        onBanner(ctx, banner);
      } else if (msg instanceof Frame frame) {
        if (frame.tag().isMessage()) {
          throw new ProtocolException(
              "MESSAGE frame before the handshake finished (" + state + ")");
        }
        onControl(ctx, ControlFrame.decode(frame));
      }
    } catch (RadosException | ProtocolException e) {
      fail(ctx, e);
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void onBanner(ChannelHandlerContext ctx, Banner peer) {
    expect(State.BANNER, "banner");
    peer.checkCompatibleWith(Banner.OURS);
    state = State.HELLO;
    ctx.writeAndFlush(new HelloFrame(EntityName.TYPE_CLIENT, spec.target()));
  }

  private void onControl(ChannelHandlerContext ctx, ControlFrame frame) {
    if (frame instanceof HelloFrame hello) {
      expect(State.HELLO, "HELLO");
      onHello(ctx, hello);
    } else if (frame instanceof AuthReplyMoreFrame more) {
      expect(State.AUTH, "AUTH_REPLY_MORE");
      byte[] reply = spec.authenticator().handleMore(more.payload());
      ctx.writeAndFlush(new AuthRequestMoreFrame(reply));
    } else if (frame instanceof AuthBadMethodFrame bad) {
      throw authRefused(bad);
    } else if (frame instanceof AuthDoneFrame authDone) {
      expect(State.AUTH, "AUTH_DONE");
      onAuthDone(ctx, authDone);
    } else if (frame instanceof AuthSignatureFrame signature) {
      expect(State.AUTH_SIGNATURE, "AUTH_SIGNATURE");
      onPeerSignature(ctx, signature);
    } else if (frame instanceof ServerIdentFrame ident) {
      expect(State.IDENT, "SERVER_IDENT");
      onServerIdent(ctx, ident);
    } else if (frame instanceof IdentMissingFeaturesFrame missing) {
      throw new RadosException(
          spec.describeTarget()
              + " refused our features; it requires "
              + CephFeatures.missingNames(spec.supportedFeatures(), missing.missingFeatures()));
    } else {
      throw new ProtocolException(
          "unexpected " + frame.tag() + " from " + spec.describeTarget() + " in " + state);
    }
  }

  private void onHello(ChannelHandlerContext ctx, HelloFrame hello) {
    // The peer tells us the address it sees us at; our own socket knows the port is ephemeral,
    // so, as the kernel does, we keep the IP with port 0 and a random nonce of our own.
    InetSocketAddress seen = hello.peerAddress().socketAddress();
    InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
    InetSocketAddress ip = new InetSocketAddress((seen != null ? seen : local).getAddress(), 0);
    ourAddress = new EntityAddr(EntityAddr.TYPE_ANY, RANDOM.nextInt() & 0x7fffffff | 1, ip);
    state = State.AUTH;
    Authenticator auth = spec.authenticator();
    ctx.writeAndFlush(
        new AuthRequestFrame(auth.method(), auth.preferredModes(), auth.initialRequest()));
  }

  private void onAuthDone(ChannelHandlerContext ctx, AuthDoneFrame authDone) {
    Authenticator.Result result =
        spec.authenticator()
            .done(authDone.globalId(), authDone.connectionMode(), authDone.payload());
    globalId = authDone.globalId();
    connectionMode = authDone.connectionMode();
    if (connectionMode == AuthConstants.CON_MODE_SECURE) {
      codec.enableSecureMode(result.connectionSecret());
    } else if (connectionMode != AuthConstants.CON_MODE_CRC) {
      throw new ProtocolException("AUTH_DONE chose unknown connection mode " + connectionMode);
    }
    // Both signatures cover the exchange up to here: ours what we received (AUTH_DONE included),
    // the peer's what we sent. Our own AUTH_SIGNATURE is not part of either.
    byte[] ours = CephxCrypto.hmacSha256(result.sessionKey(), codec.received());
    expectedPeerSignature = CephxCrypto.hmacSha256(result.sessionKey(), codec.sent());
    codec.stopCapture();
    state = State.AUTH_SIGNATURE;
    ctx.writeAndFlush(new AuthSignatureFrame(ours));
  }

  private void onPeerSignature(ChannelHandlerContext ctx, AuthSignatureFrame signature) {
    if (!MessageDigest.isEqual(expectedPeerSignature, signature.signature())) {
      throw new ProtocolException(
          spec.describeTarget()
              + " sent a pre-auth signature that does not match what we sent: the handshake was"
              + " altered in transit, or the peer holds another session key");
    }
    state = State.IDENT;
    ctx.writeAndFlush(
        new ClientIdentFrame(
            EntityAddrVec.of(ourAddress),
            spec.target(),
            globalId,
            spec.globalSeq(),
            spec.supportedFeatures(),
            spec.requiredFeatures(),
            ClientIdentFrame.FLAG_LOSSY,
            RANDOM.nextLong() | 1));
  }

  private void onServerIdent(ChannelHandlerContext ctx, ServerIdentFrame ident) {
    long missing = ident.requiredFeatures() & ~spec.supportedFeatures();
    if (missing != 0) {
      throw new RadosException(
          spec.describeTarget()
              + " requires features we lack: "
              + CephFeatures.missingNames(spec.supportedFeatures(), ident.requiredFeatures()));
    }
    long features = ident.supportedFeatures() & spec.supportedFeatures();
    long weLack = spec.requiredFeatures() & ~ident.supportedFeatures();
    if (weLack != 0) {
      throw new RadosException(
          spec.describeTarget()
              + " lacks features we require: "
              + CephFeatures.missingNames(ident.supportedFeatures(), spec.requiredFeatures()));
    }
    state = State.READY;
    cancelDeadline();
    ctx.pipeline().remove(this);
    done.complete(
        new HandshakeResult(globalId, connectionMode, features, ourAddress, ident.addresses()));
  }

  private AuthenticationException authRefused(AuthBadMethodFrame bad) {
    return new AuthenticationException(
        spec.describeTarget()
            + " refused to authenticate "
            + spec.authenticator().entity()
            + ": "
            + Errno.nameOf(bad.result())
            + " ("
            + (bad.result() == -13 ? "wrong key, or an entity the cluster does not know" : why(bad))
            + ")",
        bad.result());
  }

  /** Which of ours the server refused: the auth method, or every connection mode we offered. */
  private String why(AuthBadMethodFrame bad) {
    if (!bad.allowedMethods().contains(bad.method())) {
      return "auth method " + bad.method() + " not allowed; it allows " + bad.allowedMethods();
    }
    return "it allows connection modes "
        + modeNames(bad.allowedModes())
        + " and we offered "
        + modeNames(spec.authenticator().preferredModes())
        + " (ms_client_mode, ms_mon_client_mode)";
  }

  private static List<String> modeNames(List<Integer> modes) {
    return modes.stream().map(AuthConstants::conModeName).toList();
  }

  private void expect(State wanted, String what) {
    if (state != wanted) {
      throw new ProtocolException(
          spec.describeTarget() + " sent " + what + " while we were in " + state);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    fail(
        ctx,
        new ConnectionClosedException(
            spec.describeTarget() + " closed the connection during the handshake (" + state + ")"));
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(ctx, cause);
  }

  private void fail(ChannelHandlerContext ctx, Throwable cause) {
    if (state == State.FAILED || state == State.READY) {
      return;
    }
    state = State.FAILED;
    cancelDeadline();
    cause = Causes.unwrap(cause);
    Throwable reported = cause;
    if (cause instanceof ProtocolException) {
      reported =
          new RadosException(
              "protocol error talking to " + spec.describeTarget() + ": " + cause.getMessage(),
              cause);
    }
    done.completeExceptionally(reported);
    ctx.close();
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.cancel(false);
    }
  }
}
