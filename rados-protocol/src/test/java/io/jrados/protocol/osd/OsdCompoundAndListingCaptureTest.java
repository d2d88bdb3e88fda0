package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.assertSameOps;
import static io.jrados.protocol.osd.CapturedMessage.text;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static io.jrados.protocol.osd.CapturedMessage.withReply;
import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.encoding.CephDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The python3-rados session in {@code osd/compound.py} (one compound write, an omap read, two
 * cmpext, a class call) and {@code rados ls} over a pool of 8 PGs, as captured from a real OSD.
 */
class OsdCompoundAndListingCaptureTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCompoundWriteCarriesItsFourOpsInOrderAndEachSucceeds() {
    Map<String, byte[]> omap = new LinkedHashMap<>();
    omap.put("k1", utf8("v1"));
    omap.put("k2", utf8("v2"));
    withOp(
        "compound-op-0",
        (op, frame) ->
            assertSameOps(
                op.ops(),
                List.of(
                    DataOps.create(true),
                    DataOps.writeFull(text("compound data")),
                    OmapOps.setVals(omap),
                    XattrOps.setxattr("user.a", utf8("xa")))));
    withReply(
        "compound-reply-0",
        (reply, frame) -> {
          assertThat(reply.result()).isZero();
          assertThat(reply.ops()).extracting(OsdOpResult::rval).containsExactly(0, 0, 0, 0);
          assertThat(reply.ops().get(0).header().flags()).isEqualTo(OsdPerOpFlags.EXCL);
        });
  }

  @Test
  void omapGetValsPageListsBothKeys() {
    withOp(
        "compound-op-1",
        (op, frame) -> assertSameOps(op.ops(), List.of(OmapOps.getVals("", "", 10))));
    withReply(
        "compound-reply-1",
        (reply, frame) -> {
          OmapOps.Vals vals = OmapOps.parseVals(reply.ops().get(0).outdata());
          assertThat(vals.entries().keySet()).containsExactly("k1", "k2");
          assertThat(vals.entries().get("k2")).isEqualTo(utf8("v2"));
          assertThat(vals.more()).isFalse();
        });
  }

  @Test
  void cmpextMatchesThenReportsTheFirstDifferingOffset() {
    withOp(
        "compound-op-2",
        (op, frame) -> assertSameOps(op.ops(), List.of(DataOps.cmpext(0, text("compound")))));
    withReply("compound-reply-2", (reply, frame) -> assertThat(reply.result()).isZero());
    withOp(
        "compound-op-3",
        (op, frame) -> assertSameOps(op.ops(), List.of(DataOps.cmpext(0, text("compXund")))));
    withReply(
        "compound-reply-3",
        (reply, frame) -> {
          // python printed -4099: the bytes differ at offset 4.
          assertThat(reply.result()).isEqualTo(-4099);
          assertThat(reply.ops().get(0).rval()).isEqualTo(-4099);
          assertThat(DataOps.cmpextMismatchOffset(reply.ops().get(0).rval())).isEqualTo(4);
        });
    assertThat(DataOps.cmpextMismatchOffset(0)).isEqualTo(-1);
    assertThat(DataOps.cmpextMismatchOffset(-2)).isEqualTo(-1);
  }

  @Test
  void aClassCallReturnsTheMethodsOutput() {
    withOp(
        "compound-op-4",
        (op, frame) -> {
          assertSameOps(op.ops(), List.of(CallOp.call("hello", "say_hello", text("jrados"))));
          assertThat(op.flags() & OsdOpFlags.READ).isNotZero();
        });
    withReply(
        "compound-reply-4",
        (reply, frame) -> {
          // python printed (14, b'Hello, jrados!')
          assertThat(reply.ops().get(0).rval()).isZero();
          assertThat(text(reply.ops().get(0).outdata())).isEqualTo("Hello, jrados!");
        });
  }

  @Test
  void radosLsListsEveryObjectPgByPgFollowingTheHandles() {
    List<PgnlsOp.Entry> listed = new ArrayList<>();
    AtomicReference<HObject> cursor = new AtomicReference<>(HObject.MIN);
    for (int i = 0; i < 8; i++) {
      int pg = i;
      withOp(
          "ls-op-" + i,
          (op, frame) -> {
            assertThat(op.oid()).isEmpty();
            assertThat(op.flags() & OsdOpFlags.READ).isNotZero();
            // The request goes to the PG of the cursor: explicit locator hash = raw hash.
            assertThat(op.locator().hash()).isEqualTo(op.rawHash());
            assertThat(op.pgid().pg().pool()).isEqualTo(1);
            assertSameOps(op.ops(), List.of(PgnlsOp.pgnls(1024, op.epoch(), cursor.get())));
            if (pg == 0) {
              assertThat(cursor.get()).isEqualTo(HObject.MIN);
            }
          });
      withReply(
          "ls-reply-" + i,
          (reply, frame) -> {
            PgnlsOp.Page page = PgnlsOp.parse(reply.ops().get(0).outdata());
            listed.addAll(page.entries());
            cursor.set(page.handle());
            assertThat(page.done()).isEqualTo(pg == 7);
          });
    }
    // rados ls --all printed: "\tobj2", "ns1\tobj3", "\tobj1"
    assertThat(listed)
        .containsExactlyInAnyOrder(
            new PgnlsOp.Entry("", "obj2", ""),
            new PgnlsOp.Entry("ns1", "obj3", ""),
            new PgnlsOp.Entry("", "obj1", ""));
  }

  @Test
  void theListingCursorIsTheHobjectLibradosEncoded() {
    withOp(
        "ls-op-0",
        (op, frame) ->
            assertThat(HObject.decode(new CephDecoder(op.ops().get(0).indata().duplicate())))
                .isEqualTo(HObject.MIN));
  }
}
