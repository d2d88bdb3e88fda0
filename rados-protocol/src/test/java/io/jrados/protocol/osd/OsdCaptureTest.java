package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.assertSameOps;
import static io.jrados.protocol.osd.CapturedMessage.bytes;
import static io.jrados.protocol.osd.CapturedMessage.front;
import static io.jrados.protocol.osd.CapturedMessage.text;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static io.jrados.protocol.osd.CapturedMessage.withReply;
import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.messages.MOSDOpReply;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.osdmap.PgId;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MOSDOp / MOSDOpReply frames that librados (the {@code rados} CLI and python3-rados, Ceph 16.2.15)
 * exchanged with a real OSD; how they were captured is in {@code osd/README.md} beside them. The
 * expected values are what the commands did and printed.
 */
class OsdCaptureTest {
  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
  private static final long LIBRADOS_FEATURES = 0x3f01cfbdfffdffffL;
  private static final int READ_FLAGS =
      OsdOpFlags.READ | OsdOpFlags.ONDISK | OsdOpFlags.KNOWN_REDIR;
  private static final int WRITE_FLAGS =
      OsdOpFlags.WRITE | OsdOpFlags.ONDISK | OsdOpFlags.KNOWN_REDIR;

  static Stream<String> fixtures() {
    List<String> names = new ArrayList<>();
    for (String n :
        List.of(
            "put",
            "get",
            "stat",
            "setxattr",
            "getxattr",
            "setomapval",
            "listomapvals",
            "rm",
            "returnvec")) {
      names.add(n + "-op-0");
      names.add(n + "-reply-0");
    }
    for (int i = 0; i < 5; i++) {
      names.add("compound-op-" + i);
      names.add("compound-reply-" + i);
    }
    for (int i = 0; i < 8; i++) {
      names.add("ls-op-" + i);
      names.add("ls-reply-" + i);
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyCapturedMessageReencodesToTheSameBytes(String name) {
    if (name.contains("-op-")) {
      withOp(
          name,
          (op, frame) -> {
            assertThat(frame.header().type()).isEqualTo(MessageType.OSD_OP);
            assertThat(frame.header().version()).isEqualTo(MOSDOp.HEAD_VERSION);
            assertThat(frame.header().compatVersion()).isEqualTo(MOSDOp.COMPAT_VERSION);
            assertThat(front(op::encode)).isEqualTo(bytes(frame.front()));
            ByteBuf data = op.data();
            try {
              assertThat(bytes(data)).isEqualTo(bytes(frame.data()));
            } finally {
              data.release();
            }
          });
    } else {
      withReply(
          name,
          (reply, frame) -> {
            assertThat(frame.header().type()).isEqualTo(MessageType.OSD_OPREPLY);
            assertThat(frame.header().version()).isEqualTo(MOSDOpReply.HEAD_VERSION);
            assertThat(frame.header().compatVersion()).isEqualTo(MOSDOpReply.COMPAT_VERSION);
            assertThat(front(reply::encode)).isEqualTo(bytes(frame.front()));
            ByteBuf data = reply.data();
            try {
              assertThat(bytes(data)).isEqualTo(bytes(frame.data()));
            } finally {
              data.release();
            }
          });
    }
  }

  @Test
  void rados_put_isOneWritefullThatOurBuilderReproducesByteForByte() {
    withOp(
        "put-op-0",
        (op, frame) -> {
          assertThat(op.oid()).isEqualTo("obj1");
          assertThat(op.pgid()).isEqualTo(SpgId.of(new PgId(1, 7)));
          assertThat(op.flags()).isEqualTo(WRITE_FLAGS);
          assertThat(op.snapId()).isEqualTo(HObject.NOSNAP);
          assertThat(op.retryAttempt()).isZero();
          assertThat(op.features()).isEqualTo(LIBRADOS_FEATURES);
          assertThat(text(op.ops().get(0).indata())).isEqualTo("hello jrados\n");
          MOSDOp ours =
              MOSDOp.request(
                  SpgId.of(new PgId(1, 7)),
                  op.rawHash(),
                  op.epoch(),
                  WRITE_FLAGS,
                  op.mtime(),
                  ObjectLocator.of(1, ""),
                  "obj1",
                  List.of(DataOps.writeFull(text("hello jrados\n"))),
                  LIBRADOS_FEATURES);
          try {
            assertThat(front(ours::encode)).isEqualTo(bytes(frame.front()));
            ByteBuf data = ours.data();
            try {
              assertThat(bytes(data)).isEqualTo(bytes(frame.data()));
            } finally {
              data.release();
            }
          } finally {
            ours.release();
          }
        });
    withReply(
        "put-reply-0",
        (reply, frame) -> {
          assertThat(reply.result()).isZero();
          assertThat(reply.oid()).isEqualTo("obj1");
          assertThat(reply.pgid()).isEqualTo(new PgId(1, 7));
          assertThat(reply.ops()).singleElement().satisfies(r -> assertThat(r.rval()).isZero());
          assertThat(reply.userVersion()).isEqualTo(1);
          assertThat(reply.redirect()).isEmpty();
        });
  }

  @Test
  void rados_get_readsFourMebibytesAndGetsTheThirteenBytesBack() {
    withOp(
        "get-op-0",
        (op, frame) -> {
          assertThat(op.flags()).isEqualTo(READ_FLAGS);
          assertThat(op.mtime()).isEqualTo(UTime.ZERO);
          assertSameOps(op.ops(), List.of(DataOps.read(0, 4 << 20)));
        });
    withReply(
        "get-reply-0",
        (reply, frame) -> {
          OsdOpResult read = reply.ops().get(0);
          assertThat(read.rval()).isZero();
          assertThat(text(read.outdata())).isEqualTo("hello jrados\n");
          // The OSD rewrites extent.length to what it actually read.
          assertThat(read.fieldU64(DataOps.EXTENT_LENGTH)).isEqualTo(13);
        });
  }

  @Test
  void rados_stat_returnsTheSizeAndTheMtimeRadosPrinted() {
    withOp("stat-op-0", (op, frame) -> assertSameOps(op.ops(), List.of(StatOp.stat())));
    withReply(
        "stat-reply-0",
        (reply, frame) -> {
          StatOp.ObjectStat stat = StatOp.parse(reply.ops().get(0).outdata());
          // rados stat printed: jr/obj1 mtime 2026-11-29T14:55:28.000000+0000, size 13
          assertThat(stat.size()).isEqualTo(13);
          assertThat(stat.mtime().seconds())
              .isEqualTo(Instant.parse("2026-11-29T14:55:28Z").getEpochSecond());
        });
  }

  @Test
  void rados_setxattr_and_getxattr() {
    withOp(
        "setxattr-op-0",
        (op, frame) ->
            assertSameOps(
                op.ops(), List.of(XattrOps.setxattr("user.color", "blue".getBytes(UTF8)))));
    withOp(
        "getxattr-op-0",
        (op, frame) -> assertSameOps(op.ops(), List.of(XattrOps.getxattr("user.color"))));
    withReply(
        "getxattr-reply-0",
        (reply, frame) ->
            assertThat(XattrOps.parseGetxattr(reply.ops().get(0).outdata()))
                .isEqualTo("blue".getBytes(UTF8)));
  }

  @Test
  void rados_setomapval_and_listomapvals() {
    withOp(
        "setomapval-op-0",
        (op, frame) ->
            assertSameOps(
                op.ops(), List.of(OmapOps.setVals(Map.of("key1", "value1".getBytes(UTF8))))));
    withOp(
        "listomapvals-op-0",
        (op, frame) -> assertSameOps(op.ops(), List.of(OmapOps.getVals("", "", 1024))));
    withReply(
        "listomapvals-reply-0",
        (reply, frame) -> {
          OmapOps.Vals vals = OmapOps.parseVals(reply.ops().get(0).outdata());
          assertThat(vals.more()).isFalse();
          assertThat(vals.entries()).containsOnlyKeys("key1");
          assertThat(vals.entries().get("key1")).isEqualTo("value1".getBytes(UTF8));
        });
  }

  @Test
  void rados_rm_isADeleteWithFlag0x80Added() {
    withOp(
        "rm-op-0",
        (op, frame) -> {
          assertSameOps(op.ops(), List.of(DataOps.delete()));
          // librados' remove() passes its OPERATION_FULL_FORCE (128) where OSD flags are
          // expected, so the wire carries 0x80 (the long-deprecated PEERSTAT_OLD bit).
          assertThat(op.flags()).isEqualTo(WRITE_FLAGS | 0x80);
        });
    withReply("rm-reply-0", (reply, frame) -> assertThat(reply.result()).isZero());
  }

  @Test
  void returnvecIsBit0x4000000() {
    withOp(
        "returnvec-op-0",
        (op, frame) -> {
          assertThat(op.flags()).isEqualTo(WRITE_FLAGS | OsdOpFlags.RETURNVEC);
          assertSameOps(op.ops(), List.of(DataOps.write(0, text("abc"))));
        });
    withReply(
        "returnvec-reply-0",
        (reply, frame) -> assertThat(reply.flags() & OsdOpFlags.RETURNVEC).isNotZero());
  }
}
