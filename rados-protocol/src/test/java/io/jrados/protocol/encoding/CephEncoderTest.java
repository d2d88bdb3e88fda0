package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.encode;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CephEncoderTest {

  @Test
  void writesIntegersLittleEndian() {
    byte[] bytes =
        encode(
            e ->
                e.u8(0xFE)
                    .u16(0x1234)
                    .u32(0xFFFF_FFFEL)
                    .s32(-2)
                    .u64(0x1234567890ABCDEFL)
                    .s64(-1)
                    .bool(true)
                    .bool(false));
    assertThat(hex(bytes))
        .isEqualTo(
            "fe"
                + "3412"
                + "feffffff"
                + "feffffff"
                + "efcdab9078563412"
                + "ffffffffffffffff"
                + "01"
                + "00");
  }

  @Test
  void rejectsValuesOutOfRangeForTheirWireType() {
    encode(
        e -> {
          assertThatThrownBy(() -> e.u8(256)).isInstanceOf(IllegalArgumentException.class);
          assertThatThrownBy(() -> e.u8(-1)).isInstanceOf(IllegalArgumentException.class);
          assertThatThrownBy(() -> e.u16(0x10000)).isInstanceOf(IllegalArgumentException.class);
          assertThatThrownBy(() -> e.u32(-1)).isInstanceOf(IllegalArgumentException.class);
          assertThatThrownBy(() -> e.u32(1L << 32))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage("u32 out of range 0..4294967295: 4294967296");
        });
  }

  @Test
  void writesStringsAndBufferlistsWithLe32Length() {
    assertThat(hex(encode(e -> e.string("aé")))).isEqualTo("03000000" + "61c3a9");
    assertThat(hex(encode(e -> e.bufferlist(new byte[] {1, 2})))).isEqualTo("02000000" + "0102");
    assertThat(hex(encode(e -> e.bytes(new byte[] {1, 2})))).isEqualTo("0102");
  }

  @Test
  void writesByteBufsWithoutConsumingThem() {
    ByteBuf source = Unpooled.wrappedBuffer(hex("00 0a0b"));
    try {
      source.skipBytes(1);
      assertThat(hex(encode(e -> e.bufferlist(source).bytes(source))))
          .isEqualTo("02000000" + "0a0b" + "0a0b");
      assertThat(source.readerIndex()).isEqualTo(1);
    } finally {
      source.release();
    }
  }

  @Test
  void writesUuidInPrintedByteOrder() {
    UUID uuid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    assertThat(hex(encode(e -> e.uuid(uuid)))).isEqualTo("00112233445566778899aabbccddeeff");
  }

  @Test
  void writesListsAndMapsWithLe32Count() {
    assertThat(hex(encode(e -> e.list(List.of(2L, 1L), (v, enc) -> enc.u32(v)))))
        .isEqualTo("02000000" + "02000000" + "01000000");
    Map<String, Integer> sorted = new TreeMap<>(Map.of("b", 2, "a", 1));
    assertThat(hex(encode(e -> e.map(sorted, (k, enc) -> enc.string(k), (v, enc) -> enc.u8(v)))))
        .isEqualTo("02000000" + "01000000" + "61" + "01" + "01000000" + "62" + "02");
    assertThat(hex(encode(e -> e.list(List.<Long>of(), (v, enc) -> enc.u32(v)))))
        .isEqualTo("00000000");
  }

  @Test
  void everythingWrittenReadsBack() {
    UUID uuid = UUID.randomUUID();
    byte[] bytes =
        encode(
            e ->
                e.u8(200)
                    .u16(65535)
                    .u32(4_000_000_000L)
                    .s32(Integer.MIN_VALUE)
                    .u64(Long.MIN_VALUE)
                    .s64(Long.MAX_VALUE)
                    .bool(true)
                    .string("réseau")
                    .bufferlist(new byte[] {9, 8, 7})
                    .uuid(uuid)
                    .list(List.of("x", "yz"), (s, enc) -> enc.string(s))
                    .map(
                        new TreeMap<>(Map.of(1, "one")),
                        (k, enc) -> enc.s32(k),
                        (v, enc) -> enc.string(v)));
    decodeAll(
        bytes,
        d -> {
          assertThat(d.u8()).isEqualTo(200);
          assertThat(d.u16()).isEqualTo(65535);
          assertThat(d.u32()).isEqualTo(4_000_000_000L);
          assertThat(d.s32()).isEqualTo(Integer.MIN_VALUE);
          assertThat(d.u64()).isEqualTo(Long.MIN_VALUE);
          assertThat(d.s64()).isEqualTo(Long.MAX_VALUE);
          assertThat(d.bool()).isTrue();
          assertThat(d.string()).isEqualTo("réseau");
          assertThat(d.bufferlist()).containsExactly(9, 8, 7);
          assertThat(d.uuid()).isEqualTo(uuid);
          assertThat(d.list(4, CephDecoder::string)).containsExactly("x", "yz");
          assertThat(d.map(8, CephDecoder::s32, CephDecoder::string)).containsEntry(1, "one");
          return null;
        });
  }
}
