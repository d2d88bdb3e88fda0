package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.assertEveryTruncationFails;
import static io.jrados.protocol.encoding.Wire.decode;
import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.encode;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class VersionedStructTest {

  @Test
  void readsHeaderAndSkipsFieldsAddedByANewerEncoder() {
    // v3, compat 1, 6 bytes: a u32 this code knows, then 2 bytes from a newer version; then a
    // byte that follows the struct.
    byte[] bytes = hex("03 01 06000000 2a000000 eeee 7f");
    decodeAll(
        bytes,
        d -> {
          VersionedStruct header = d.startStruct("foo_t", 2);
          assertThat(header.name()).isEqualTo("foo_t");
          assertThat(header.version()).isEqualTo(3);
          assertThat(header.compat()).isEqualTo(1);
          assertThat(header.length()).isEqualTo(6);
          assertThat(d.remaining()).as("reads are confined to the struct").isEqualTo(6);
          assertThat(d.u32()).isEqualTo(42);
          d.endStruct(header);
          assertThat(d.u8()).isEqualTo(0x7F);
          return null;
        });
  }

  @Test
  void rejectsACompatVersionNewerThanSupported() {
    assertThatThrownBy(() -> decode(hex("04 03 00000000"), d -> d.startStruct("entity_addr_t", 1)))
        .isInstanceOf(ProtocolException.class)
        .hasMessage(
            "struct entity_addr_t: compat version 3 > supported 1 (struct_v 4 at offset 0)");
  }

  @Test
  void acceptsANewerVersionWhoseCompatIsSupported() {
    VersionedStruct header = decode(hex("09 02 00000000"), d -> d.startStruct("pg_pool_t", 2));
    assertThat(header.version()).isEqualTo(9);
  }

  @Test
  void rejectsAStructLengthPastTheEndOfInput() {
    assertThatThrownBy(
            () -> decode(hex("01 01 10000000 0102"), d -> d.startStruct("osd_info_t", 1)))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessage(
            "truncated: struct osd_info_t: struct_len 16 at offset 0 exceeds the 2 bytes"
                + " remaining");
    assertThatThrownBy(() -> decode(hex("ffffffff ffffff"), d -> d.startStruct("huge_t", 255)))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessageContaining("struct_len 4294967295");
  }

  @Test
  void headerTruncatedAtEveryOffsetIsTruncation() {
    assertEveryTruncationFails(
        hex("01 01 04000000 05000000"),
        d -> {
          VersionedStruct header = d.startStruct("bar_t", 1);
          d.u32();
          d.endStruct(header);
          return null;
        });
  }

  @Test
  void aDecoderThatReadsPastTheStructFailsAtThatRead() {
    // struct_len says 2, the decoder wants a u32; the buffer holds enough bytes, the struct not.
    assertThatThrownBy(
            () ->
                decode(
                    hex("01 01 02000000 0102 0304 0506"),
                    d -> {
                      d.startStruct("short_t", 1);
                      return d.u32();
                    }))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessage(
            "truncated: need 4 bytes for u32 at offset 6, 2 remain in struct short_t"
                + " (ends at offset 8)");
  }

  @Test
  void aNestedStructMustFitInsideItsParent() {
    // The outer struct holds 7 bytes; the inner one claims 4 after its 6-byte header.
    assertThatThrownBy(
            () ->
                decode(
                    hex("01 01 07000000 01 01 04000000 00 00000000"),
                    d -> {
                      d.startStruct("outer_t", 1);
                      return d.startStruct("inner_t", 1);
                    }))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessage(
            "truncated: struct inner_t: struct_len 4 at offset 6 exceeds the 1 bytes remaining"
                + " in struct outer_t (ends at offset 13)");
  }

  @Test
  void nestedStructsEndInOrderAndRestoreTheOuterLimit() {
    decodeAll(
        hex("01 01 09000000 01 01 01000000 05 ffff 06"),
        d -> {
          VersionedStruct outer = d.startStruct("outer_t", 1);
          VersionedStruct inner = d.startStruct("inner_t", 1);
          assertThat(d.remaining()).isEqualTo(1);
          assertThatThrownBy(() -> d.endStruct(outer)).isInstanceOf(IllegalStateException.class);
          assertThat(d.u8()).isEqualTo(5);
          d.endStruct(inner);
          assertThat(d.remaining()).isEqualTo(2);
          d.endStruct(outer);
          assertThat(d.u8()).isEqualTo(6);
          return null;
        });
  }

  @Test
  void endStructDetectsAnOverrunThroughTheSharedBuffer() {
    ByteBuf buf = Unpooled.wrappedBuffer(hex("01 01 02000000 0102 0304"));
    try {
      CephDecoder decoder = new CephDecoder(buf);
      VersionedStruct header = decoder.startStruct("leaky_t", 1);
      buf.skipBytes(4);
      assertThatThrownBy(() -> decoder.endStruct(header))
          .isInstanceOf(ProtocolException.class)
          .hasMessage("struct leaky_t: read 2 bytes past its end at offset 8 (struct_len 2)");
    } finally {
      buf.release();
    }
  }

  @Test
  void encoderBackPatchesStructLengths() {
    byte[] bytes =
        encode(
            e -> {
              CephEncoder.StructToken outer = e.startStruct(3, 2);
              e.u16(0xBEEF);
              CephEncoder.StructToken inner = e.startStruct(1, 1);
              e.u8(7);
              e.endStruct(inner);
              e.endStruct(outer);
            });
    assertThat(hex(bytes)).isEqualTo("0302" + "09000000" + "efbe" + "0101" + "01000000" + "07");
  }

  @Test
  void encodedStructsDecodeBack() {
    byte[] bytes =
        encode(
            e -> {
              CephEncoder.StructToken token = e.startStruct(2, 1);
              e.string("x").u64(-1);
              e.endStruct(token);
            });
    decodeAll(
        bytes,
        d -> {
          VersionedStruct header = d.startStruct("x_t", 2);
          assertThat(header.length()).isEqualTo(13);
          assertThat(d.string()).isEqualTo("x");
          assertThat(d.u64()).isEqualTo(-1L);
          d.endStruct(header);
          return null;
        });
  }

  @Test
  void encoderRejectsMisuse() {
    encode(
        e -> {
          CephEncoder.StructToken outer = e.startStruct(1, 1);
          e.startStruct(1, 1);
          assertThatThrownBy(() -> e.endStruct(outer)).isInstanceOf(IllegalStateException.class);
          assertThatThrownBy(() -> e.startStruct(1, 2))
              .isInstanceOf(IllegalArgumentException.class);
          assertThatThrownBy(() -> e.startStruct(256, 1))
              .isInstanceOf(IllegalArgumentException.class);
        });
    CephEncoder.StructToken[] foreign = new CephEncoder.StructToken[1];
    encode(e -> foreign[0] = e.startStruct(1, 1));
    encode(
        e -> {
          e.startStruct(1, 1);
          assertThatThrownBy(() -> e.endStruct(foreign[0]))
              .isInstanceOf(IllegalStateException.class);
        });
  }
}
