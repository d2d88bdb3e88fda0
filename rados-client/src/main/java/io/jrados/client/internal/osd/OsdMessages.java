package io.jrados.client.internal.osd;

import io.jrados.client.internal.net.MalformedMessages;
import io.jrados.client.internal.net.OutgoingMessage;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.messages.MOSDBackoff;
import io.jrados.protocol.messages.MOSDMap;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.messages.MOSDOpReply;
import io.jrados.protocol.messages.MWatchNotify;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.msgr2.FrameLimits;
import io.jrados.protocol.msgr2.MessageFrame;
import io.jrados.protocol.osd.ObjectLocator;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osd.OsdReqId;
import io.jrados.protocol.osd.SpgId;
import io.jrados.protocol.osd.TraceInfo;
import io.jrados.protocol.osdmap.PgId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OSD sessions' messages: MOSDOp out; MOSDOpReply, MOSDBackoff, MWatchNotify and MOSDMap in.
 * Event loop only.
 */
final class OsdMessages {
  private static final Logger log = LoggerFactory.getLogger(OsdMessages.class);

  /**
   * What librados adds to every op: the commit reply, and KNOWN_REDIR (it understands redirects).
   * Not RETURNVEC: with it a successful write whose op output exceeds osd_max_write_op_reply_len
   * fails with EOVERFLOW.
   */
  private static final int ALWAYS = OsdOpFlags.ONDISK | OsdOpFlags.KNOWN_REDIR;

  /** The priority librados gives client ops (osd_client_op_priority). */
  private static final int CLIENT_OP_PRIORITY = 63;

  private final Objecter objecter;

  OsdMessages(Objecter objecter) {
    this.objecter = objecter;
  }

  /**
   * The MOSDOp for one attempt of {@code r}. Its data segment holds fresh references to the spec's
   * input data, so the spec keeps its own for a resend.
   */
  static OutgoingMessage encode(OsdRequest r, long epoch, long features) {
    OsdOpSpec spec = r.spec;
    OsdTarget t = r.target;
    int flags = spec.flags() | r.redirectFlags | ALWAYS;
    if (r.attempts > 1) {
      flags |= OsdOpFlags.RETRY;
    }
    // m borrows the spec's ops and is never released: their indata stays the spec's (for a
    // resend), and the data segment below holds its own retained views of it.
    MOSDOp m =
        new MOSDOp(
            new SpgId(t.pgid(), t.shard()),
            Integer.toUnsignedLong(t.hash()),
            epoch,
            flags,
            OsdReqId.NONE,
            TraceInfo.NONE,
            0,
            spec.isWrite() ? UTime.fromInstant(spec.mtime()) : UTime.ZERO,
            ObjectLocator.ofBytes(t.pgid().pool(), spec.locatorBytes(), spec.namespaceBytes(), -1),
            spec.pgSeed() >= 0 ? new byte[0] : spec.nameBytes(),
            spec.ops(),
            spec.snapId(),
            spec.writeSnapContext().seq(),
            spec.writeSnapContext().snaps(),
            r.attempts - 1,
            features);
    ByteBuf front = PooledByteBufAllocator.DEFAULT.buffer(128 + spec.nameBytes().length);
    try {
      m.encode(new CephEncoder(front));
      ByteBuf data = m.data();
      if ((long) data.readableBytes() + front.readableBytes() > FrameLimits.CEILING - 4096) {
        // Checked here, so the op fails alone: the frame encoder would fail the connection.
        data.release();
        throw new IllegalArgumentException(
            r.spec.describe()
                + " carries "
                + data.readableBytes()
                + " bytes, over msgr2's 1 GiB frame limit");
      }
      return new OutgoingMessage(
          MessageType.OSD_OP,
          MOSDOp.HEAD_VERSION,
          MOSDOp.COMPAT_VERSION,
          CLIENT_OP_PRIORITY,
          r.tid,
          front,
          data,
          0);
    } catch (RuntimeException e) {
      front.release();
      throw e;
    }
  }

  void handle(OsdSession s, MessageFrame message) {
    int type = message.header().type();
    try {
      CephDecoder front = new CephDecoder(message.front());
      switch (type) {
        case MessageType.OSD_OPREPLY ->
            onReply(
                s,
                message.header().tid(),
                MOSDOpReply.decode(front, message.header().version(), message.data()));
        case MessageType.OSD_BACKOFF ->
            onBackoff(s, MOSDBackoff.decode(front, message.header().version()));
        case MessageType.WATCH_NOTIFY ->
            objecter
                .watches()
                .onEvent(
                    s,
                    MWatchNotify.decode(front, message.header().version()),
                    ByteBufUtil.getBytes(message.data()));
        case MessageType.OSD_MAP ->
            objecter.maps().handle(MOSDMap.decode(front, message.header().version()), s.toString());
        default -> log.debug("ignoring message type {} from {}", type, s);
      }
    } catch (ProtocolException e) {
      // One malformed message fails only itself; the op it answered times out or is resent.
      MalformedMessages.dropped(log, message, s.toString(), e);
    } finally {
      message.release();
    }
  }

  private void onReply(OsdSession s, long tid, MOSDOpReply reply) {
    OsdRequest r = objecter.awaiting(s, tid, reply.retryAttempt());
    if (r == null) {
      reply.release(); // an answer to an attempt we gave up on or resent
      return;
    }
    if (reply.redirect().isPresent()) {
      String where = reply.redirect().get().toString();
      reply.release();
      if (r.redirectFlags != 0) {
        // Sent with IGNORE_CACHE, no OSD should redirect it again; following would loop.
        objecter.fail(r, OsdErrors.redirectedAgain(r, s, where));
        return;
      }
      log.debug("{} redirected {} ({})", s, r, where);
      objecter.redirected(r);
      return;
    }
    if (reply.result() == -11) { // EAGAIN: the PG is not ready under this epoch
      reply.release();
      objecter.retryOnNewerMap(r);
      return;
    }
    objecter.complete(r, new OsdResult(reply, s.osd));
  }

  private void onBackoff(OsdSession s, MOSDBackoff b) {
    switch (b.op()) {
      case MOSDBackoff.BLOCK -> {
        s.backoffs.add(new OsdBackoff(pgOf(b), b.id(), b.begin(), b.end()));
        s.connection.send(acknowledgement(b));
        log.debug(
            "{} asked to back off pg {} [{}, {}) (id {})", s, b.pgid(), b.begin(), b.end(), b.id());
      }
      case MOSDBackoff.UNBLOCK -> {
        PgId pg = pgOf(b);
        s.backoffs.removeIf(x -> x.id() == b.id() && x.pg().equals(pg));
        // As librados: every op in the range goes again, sent or not; the OSD dropped those that
        // arrived while it was blocked, and knows a repeat of one it kept by its request id.
        OsdBackoff lifted = new OsdBackoff(pg, b.id(), b.begin(), b.end());
        for (OsdRequest r : new ArrayList<>(s.requests.values())) {
          if (lifted.covers(r)) {
            r.sent = false;
          }
        }
        objecter.flush(s);
      }
      default -> log.debug("ignoring backoff op {} from {}", b.op(), s);
    }
  }

  private static PgId pgOf(MOSDBackoff b) {
    return b.pgid().pg();
  }

  /**
   * The ack of a block, at the priority of the ops it concerns. The OSD queues both by priority,
   * and its queue (wpq) does not keep the order of different priorities: an op resent after an
   * unblock could be taken ahead of the ack. A block lifted before its ack arrives stays in the
   * OSD's session until then, and drops without a word every op it covers, so such an op would
   * never be answered. librados too acks at its ops' priority.
   */
  static OutgoingMessage acknowledgement(MOSDBackoff block) {
    MOSDBackoff ack = block.acknowledgement();
    ByteBuf front = PooledByteBufAllocator.DEFAULT.buffer(96);
    try {
      ack.encode(new CephEncoder(front));
    } catch (RuntimeException e) {
      front.release();
      throw e;
    }
    return new OutgoingMessage(
        ack.type(),
        ack.headerVersion(),
        ack.compatVersion(),
        CLIENT_OP_PRIORITY,
        0,
        front,
        Unpooled.EMPTY_BUFFER,
        0);
  }
}
