package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.assertSameOps;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static io.jrados.protocol.osd.CapturedMessage.withReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.encoding.EntityNum;
import io.jrados.protocol.messages.MWatchNotify;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.msgr2.MessageFrame;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Watch and notify as librados (python3-rados 16.2.15) did them against a real OSD: {@code
 * osd/watch.py} (a watch, a notify from a second client answered with {@code pong}, the unwatch)
 * and {@code osd/watchping.py} (a watch held past librados' 5 s ping, and {@code rados
 * listwatchers}). Expected values are what the scripts printed.
 */
class WatchNotifyCaptureTest {
  /** The watch's cookie and the clients' global ids, as watch.py printed them. */
  private static final long COOKIE = 642070880L;

  private static final long WATCHER_GID = 4125;
  private static final long NOTIFIER_GID = 4127;
  private static final long NOTIFY_ID = 47244640256L;

  private static MWatchNotify event(String name) {
    return event(name, new byte[1][]);
  }

  /** The event in fixture {@code name}; its data segment goes to {@code data[0]}. */
  private static MWatchNotify event(String name, byte[][] data) {
    MessageFrame frame = CapturedMessage.load(name + ".bin");
    try {
      assertThat(frame.header().type()).isEqualTo(MessageType.WATCH_NOTIFY);
      MWatchNotify m =
          MWatchNotify.decode(new CephDecoder(frame.front().duplicate()), frame.header().version());
      assertThat(CapturedMessage.front(m::encode))
          .as("re-encoded byte for byte")
          .isEqualTo(CapturedMessage.bytes(frame.front()));
      data[0] = CapturedMessage.bytes(frame.data());
      return m;
    } finally {
      frame.release();
    }
  }

  @Test
  void watchRegistrationIsAWriteWithTheCookieAndTimeout() {
    withOp(
        "watch-op-0",
        (op, frame) -> {
          assertThat(op.oid()).isEqualTo("obj-w");
          assertThat(op.flags() & OsdOpFlags.WRITE).isNotZero();
          assertSameOps(op.ops(), List.of(WatchOps.watch(COOKIE, WatchOps.OP_WATCH, 0, 30)));
        });
    withReply("watch-reply-0", (reply, frame) -> assertThat(reply.result()).isZero());
  }

  @Test
  void pingAndUnwatch() {
    withOp(
        "watchping-op-0",
        (op, frame) -> {
          long cookie = op.ops().get(0).fieldU64(0);
          assertThat(cookie).isEqualTo(1077184448L); // watchping.py's watch id
          assertSameOps(op.ops(), List.of(WatchOps.watch(cookie, WatchOps.OP_PING, 0, 0)));
        });
    withOp(
        "watch-op-2",
        (op, frame) ->
            assertSameOps(op.ops(), List.of(WatchOps.watch(COOKIE, WatchOps.OP_UNWATCH, 0, 0))));
  }

  @Test
  void notifyCarriesItsPayloadAndTimeoutAndItsReplyTheNotifyId() {
    withOp(
        "notify-op-0",
        (op, frame) -> {
          assertThat(op.flags() & OsdOpFlags.READ).isNotZero();
          long cookie = op.ops().get(0).fieldU64(0);
          // python3-rados sends its message as the payload's bytes, and a timeout of 3 s.
          assertSameOps(
              op.ops(),
              List.of(WatchOps.notify(cookie, 3, "ping".getBytes(StandardCharsets.UTF_8))));
        });
    withReply(
        "notify-reply-0",
        (reply, frame) -> {
          assertThat(reply.result()).isZero();
          assertThat(WatchOps.parseNotifyId(reply.ops().get(0).outdata())).isEqualTo(NOTIFY_ID);
        });
  }

  @Test
  void theWatcherIsToldAndAcksWithItsReply() {
    MWatchNotify notify = event("watch-event-0");
    assertThat(notify.opcode()).isEqualTo(MWatchNotify.NOTIFY);
    assertThat(notify.cookie()).isEqualTo(COOKIE);
    assertThat(notify.notifyId()).isEqualTo(NOTIFY_ID);
    assertThat(notify.notifierGid()).isEqualTo(NOTIFIER_GID);
    assertThat(new String(notify.payload(), StandardCharsets.UTF_8)).isEqualTo("ping");
    withOp(
        "watch-op-1",
        (op, frame) ->
            assertSameOps(
                op.ops(),
                List.of(
                    WatchOps.notifyAck(
                        NOTIFY_ID, COOKIE, "pong".getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void theNotifierGetsEveryReply() {
    byte[][] data = new byte[1][];
    MWatchNotify complete = event("notify-event-0", data);
    assertThat(complete.payload()).isEmpty();
    assertThat(complete.opcode()).isEqualTo(MWatchNotify.NOTIFY_COMPLETE);
    assertThat(complete.notifyId()).isEqualTo(NOTIFY_ID);
    assertThat(complete.returnCode()).isZero();
    WatchOps.NotifyReplies replies = WatchOps.parseNotifyReplies(data[0]);
    assertThat(replies.missed()).isEmpty();
    assertThat(replies.acks()).containsOnlyKeys(new WatchOps.WatcherId(WATCHER_GID, COOKIE));
    assertThat(replies.acks().values())
        .singleElement()
        .satisfies(v -> assertThat(new String(v, StandardCharsets.UTF_8)).isEqualTo("pong"));
  }

  @Test
  void listWatchersAsRadosPrintedIt() {
    withOp(
        "listwatchers-op-0",
        (op, frame) -> assertSameOps(op.ops(), List.of(WatchOps.listWatchers())));
    withReply(
        "listwatchers-reply-0",
        (reply, frame) -> {
          List<WatchOps.Watcher> watchers = WatchOps.parseWatchers(reply.ops().get(0).outdata());
          // rados printed: watcher=127.0.0.1:0/3000173624 client.4129 cookie=1077184448
          assertThat(watchers).hasSize(1);
          WatchOps.Watcher w = watchers.get(0);
          assertThat(w.watcher()).isEqualTo(new EntityNum(EntityName.TYPE_CLIENT, 4129));
          assertThat(w.cookie()).isEqualTo(1077184448L);
          assertThat(w.timeoutSeconds()).isEqualTo(30);
          assertThat(w.address().cephText()).isEqualTo("127.0.0.1:0/3000173624");
        });
  }

  @Test
  void notifyRepliesWithTimeoutsRoundTrip() {
    byte[] payload =
        CapturedMessage.front(
            e -> {
              e.u32(1).u64(7).u64(11).bufferlist("r".getBytes(StandardCharsets.UTF_8));
              e.u32(2).u64(8).u64(12).u64(9).u64(13);
            });
    WatchOps.NotifyReplies r = WatchOps.parseNotifyReplies(payload);
    assertThat(r.acks()).containsOnlyKeys(new WatchOps.WatcherId(7, 11));
    assertThat(r.missed())
        .containsExactly(new WatchOps.WatcherId(8, 12), new WatchOps.WatcherId(9, 13));
    assertThat(WatchOps.parseNotifyReplies(new byte[0]).acks()).isEqualTo(Map.of());
  }

  @Test
  void malformedRepliesFailClearly() {
    // A count of watchers far beyond the bytes that follow is refused before allocating.
    byte[] huge = CapturedMessage.front(e -> e.u32(0x7fff_ffff));
    assertThatThrownBy(() -> WatchOps.parseNotifyReplies(huge))
        .isInstanceOf(ProtocolException.class);
    byte[] truncated = CapturedMessage.front(e -> e.u32(1).u64(7));
    assertThatThrownBy(() -> WatchOps.parseNotifyReplies(truncated))
        .isInstanceOf(ProtocolException.class);
    byte[] listTruncated =
        CapturedMessage.front(
            e -> {
              CephEncoder.StructToken t = e.startStruct(1, 1);
              e.u32(3);
              e.endStruct(t);
            });
    assertThatThrownBy(() -> WatchOps.parseWatchers(Unpooled.wrappedBuffer(listTruncated)))
        .isInstanceOf(ProtocolException.class);
    // An event whose payload length runs past the front, and one of the payload-less version 0.
    byte[] longPayload = CapturedMessage.front(e -> e.u8(1).u8(1).u64(1).u64(0).u64(2).u32(1000));
    assertThatThrownBy(
            () -> MWatchNotify.decode(new CephDecoder(Unpooled.wrappedBuffer(longPayload)), 3))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("1000");
    byte[] version0 = CapturedMessage.front(e -> e.u8(0).u8(1).u64(1).u64(0).u64(2));
    assertThatThrownBy(
            () -> MWatchNotify.decode(new CephDecoder(Unpooled.wrappedBuffer(version0)), 3))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("payload version 0");
  }
}
