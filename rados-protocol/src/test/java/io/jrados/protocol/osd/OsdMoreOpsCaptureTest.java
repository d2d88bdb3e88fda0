package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.assertSameOps;
import static io.jrados.protocol.osd.CapturedMessage.text;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static io.jrados.protocol.osd.CapturedMessage.withReply;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The python3-rados session in {@code osd/more.py}, captured from a real OSD: one write carrying
 * nine ops of several families, omap key and by-key reads, GETXATTRS, ASSERT_VER (passing, then
 * stale), OMAPCLEAR and a final read. Expected values are what the script printed.
 */
class OsdMoreOpsCaptureTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static IntStream messages() {
    return IntStream.range(0, 8);
  }

  @ParameterizedTest
  @MethodSource("messages")
  void reencodesByteForByte(int i) {
    withOp(
        "more-op-" + i,
        (op, frame) ->
            assertThat(CapturedMessage.front(op::encode))
                .isEqualTo(CapturedMessage.bytes(frame.front())));
    withReply(
        "more-reply-" + i,
        (reply, frame) ->
            assertThat(CapturedMessage.front(reply::encode))
                .isEqualTo(CapturedMessage.bytes(frame.front())));
  }

  @Test
  void oneWriteWithNineOpsOfFiveFamilies() {
    Map<String, byte[]> omap = new LinkedHashMap<>();
    omap.put("a", utf8("1"));
    omap.put("b", utf8("2"));
    omap.put("c", utf8("3"));
    withOp(
        "more-op-0",
        (op, frame) ->
            assertSameOps(
                op.ops(),
                List.of(
                    DataOps.writeFull(text("0123456789")),
                    DataOps.append(text("abc")),
                    // more.py called zero(2, 3), yet the wire (and the data read back at the
                    // end, bytes 3 and 4 zeroed) says offset 3, length 2: python3-rados 16.2.15
                    // passes the two arguments to librados swapped.
                    DataOps.zero(3, 2),
                    DataOps.truncate(11),
                    XattrOps.setxattr("user.n", utf8("42")),
                    XattrOps.setxattr("user.gone", utf8("x")),
                    XattrOps.rmxattr("user.gone"),
                    OmapOps.setVals(omap),
                    OmapOps.rmKeys(List.of("b")))));
    withReply(
        "more-reply-0",
        (reply, frame) -> {
          assertThat(reply.result()).isZero();
          assertThat(reply.ops()).hasSize(9).allSatisfy(r -> assertThat(r.rval()).isZero());
        });
  }

  @Test
  void omapKeysPageAndValsByKeys() {
    withOp("more-op-1", (op, frame) -> assertSameOps(op.ops(), List.of(OmapOps.getKeys("", 2))));
    withReply(
        "more-reply-1",
        (reply, frame) -> {
          // printed: keys 0 [('a', None), ('c', None)]
          OmapOps.Keys keys = OmapOps.parseKeys(reply.ops().get(0).outdata());
          assertThat(keys.keys()).containsExactly("a", "c");
          assertThat(keys.more()).isFalse();
        });
    withOp(
        "more-op-2",
        (op, frame) ->
            assertSameOps(op.ops(), List.of(OmapOps.getValsByKeys(List.of("zz", "c", "a")))));
    withReply(
        "more-reply-2",
        (reply, frame) -> {
          // printed: byk 0 [('a', b'1'), ('c', b'3')]
          Map<String, byte[]> vals = OmapOps.parseValsByKeys(reply.ops().get(0).outdata());
          assertThat(vals.keySet()).containsExactly("a", "c");
          assertThat(vals.get("c")).isEqualTo(utf8("3"));
        });
  }

  @Test
  void getxattrsReturnsTheRemainingAttribute() {
    withOp("more-op-3", (op, frame) -> assertSameOps(op.ops(), List.of(XattrOps.getxattrs())));
    withReply(
        "more-reply-3",
        (reply, frame) -> {
          // printed: xattrs [('user.n', b'42')]
          Map<String, byte[]> attrs = XattrOps.parseGetxattrs(reply.ops().get(0).outdata());
          assertThat(attrs.keySet()).containsExactly("user.n");
          assertThat(attrs.get("user.n")).isEqualTo(utf8("42"));
        });
  }

  @Test
  void assertVersionPassesThenFailsWithErange() {
    // printed: version 5; the second attempt failed with errno 34 (ERANGE)
    withOp(
        "more-op-4",
        (op, frame) ->
            assertSameOps(
                op.ops(), List.of(AssertVersionOp.assertVersion(5), DataOps.write(0, text("Z")))));
    withReply("more-reply-4", (reply, frame) -> assertThat(reply.result()).isZero());
    withOp(
        "more-op-5",
        (op, frame) ->
            assertSameOps(
                op.ops(), List.of(AssertVersionOp.assertVersion(5), DataOps.write(0, text("Y")))));
    withReply("more-reply-5", (reply, frame) -> assertThat(reply.result()).isEqualTo(-34));
  }

  @Test
  void omapClearThenTheFinalRead() {
    withOp("more-op-6", (op, frame) -> assertSameOps(op.ops(), List.of(OmapOps.clear())));
    withReply("more-reply-6", (reply, frame) -> assertThat(reply.result()).isZero());
    withReply(
        "more-reply-7",
        (reply, frame) ->
            // printed: data b'Z12\\x00\\x0056789a'
            assertThat(CapturedMessage.bytes(reply.ops().get(0).outdata()))
                .isEqualTo(utf8("Z12\u0000\u000056789a")));
  }
}
