package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.assertEveryTruncationFails;
import static io.jrados.protocol.encoding.Wire.decode;
import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CephDecoderTest {

  @Test
  void readsIntegersLittleEndian() {
    byte[] bytes = hex("fe 3412 78563412 feffffff efcdab9078563412 0100000000000080 00 02");
    decodeAll(
        bytes,
        d -> {
          assertThat(d.u8()).isEqualTo(0xFE);
          assertThat(d.u16()).isEqualTo(0x1234);
          assertThat(d.u32()).isEqualTo(0x12345678L);
          assertThat(d.s32()).isEqualTo(-2);
          assertThat(d.u64()).isEqualTo(0x1234567890ABCDEFL);
          assertThat(d.s64()).isEqualTo(Long.MIN_VALUE + 1);
          assertThat(d.bool()).isFalse();
          assertThat(d.bool()).as("any non-zero byte is true, as in Ceph").isTrue();
          return null;
        });
  }

  @Test
  void u32IsUnsignedAndS32SeesTheSameBitsAsSigned() {
    assertThat(decodeAll(hex("ffffffff"), CephDecoder::u32)).isEqualTo(0xFFFF_FFFFL);
    assertThat(decodeAll(hex("ffffffff"), CephDecoder::s32)).isEqualTo(-1);
  }

  @Test
  void readsStringsAsUtf8WithLe32Length() {
    assertThat(decodeAll(hex("05000000 68656c6c6f"), CephDecoder::string)).isEqualTo("hello");
    assertThat(decodeAll(hex("03000000 61c3a9"), CephDecoder::string)).isEqualTo("aé");
    assertThat(decodeAll(hex("00000000"), CephDecoder::string)).isEmpty();
  }

  @Test
  void readsBufferlistsAsCopiesOrSlices() {
    byte[] bytes = hex("03000000 0a0b0c ff");
    assertThat(decode(bytes, CephDecoder::bufferlist)).containsExactly(0x0a, 0x0b, 0x0c);

    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      CephDecoder decoder = new CephDecoder(buf);
      ByteBuf slice = decoder.bufferlistSlice();
      assertThat(hexOf(slice)).isEqualTo("0a0b0c");
      assertThat(slice.refCnt()).as("a slice shares the caller's reference count").isEqualTo(1);
      assertThat(decoder.u8()).isEqualTo(0xFF);
    } finally {
      buf.release();
    }
  }

  @Test
  void readsRawBytesSlicesAndSkips() {
    decodeAll(
        hex("0102 0304 05 06"),
        d -> {
          assertThat(d.bytes(2)).containsExactly(1, 2);
          ByteBuf slice = d.slice(2);
          assertThat(hexOf(slice)).isEqualTo("0304");
          d.skip(1);
          assertThat(d.u8()).isEqualTo(6);
          assertThat(d.bytes(0)).isEmpty();
          return null;
        });
  }

  @Test
  void readsUuidBytesInPrintedOrder() {
    UUID uuid = decodeAll(hex("00112233445566778899aabbccddeeff"), CephDecoder::uuid);
    assertThat(uuid).hasToString("00112233-4455-6677-8899-aabbccddeeff");
  }

  @Test
  void everyPrimitiveFailsAsTruncatedAtEveryShortLength() {
    assertEveryTruncationFails(hex("01"), CephDecoder::u8);
    assertEveryTruncationFails(hex("0102"), CephDecoder::u16);
    assertEveryTruncationFails(hex("01020304"), CephDecoder::u32);
    assertEveryTruncationFails(hex("01020304"), CephDecoder::s32);
    assertEveryTruncationFails(hex("0102030405060708"), CephDecoder::u64);
    assertEveryTruncationFails(hex("0102030405060708"), CephDecoder::s64);
    assertEveryTruncationFails(hex("01"), CephDecoder::bool);
    assertEveryTruncationFails(hex("010203"), d -> d.bytes(3));
    assertEveryTruncationFails(hex("010203"), d -> d.slice(3));
    assertEveryTruncationFails(
        hex("010203"),
        d -> {
          d.skip(3);
          return null;
        });
    assertEveryTruncationFails(hex("03000000 616263"), CephDecoder::string);
    assertEveryTruncationFails(hex("03000000 616263"), CephDecoder::bufferlist);
    assertEveryTruncationFails(hex("03000000 616263"), CephDecoder::bufferlistSlice);
    assertEveryTruncationFails(hex("00112233445566778899aabbccddeeff"), CephDecoder::uuid);
    assertEveryTruncationFails(hex("02000000 0100 0200"), d -> d.list(2, CephDecoder::u16));
    assertEveryTruncationFails(
        hex("01000000 01000000 61 07"), d -> d.map(5, CephDecoder::string, CephDecoder::u8));
  }

  @Test
  void truncationMessageSaysWhatWhereAndHowMuchRemains() {
    ByteBuf buf = Unpooled.wrappedBuffer(hex("aabbcc 01 0203"));
    try {
      buf.skipBytes(3);
      CephDecoder decoder = new CephDecoder(buf);
      decoder.u8();
      assertThatThrownBy(decoder::u64)
          .isInstanceOf(TruncatedInputException.class)
          .hasMessage("truncated: need 8 bytes for u64 at offset 1, 2 remain");
      assertThat(buf.refCnt()).as("the decoder never releases the buffer").isEqualTo(1);
    } finally {
      buf.release();
    }
  }

  @Test
  void hugeStringLengthFailsOnTheLimitBeforeAllocating() {
    assertThatThrownBy(() -> decode(hex("ffffffff 00"), CephDecoder::string))
        .isInstanceOf(ProtocolException.class)
        .isNotInstanceOf(TruncatedInputException.class)
        .hasMessage("string length 4294967295 at offset 0 exceeds limit 67108864");
  }

  @Test
  void lengthWithinLimitButPastTheEndIsTruncation() {
    assertThatThrownBy(() -> decode(hex("e8030000 616263"), CephDecoder::bufferlist))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessage("truncated: bufferlist length 1000 at offset 0 exceeds the 3 bytes remaining");
  }

  @Test
  void perDecoderLimitAppliesEvenWhenTheBytesArePresent() {
    ByteBuf buf = Unpooled.wrappedBuffer(hex("05000000 68656c6c6f"));
    try {
      CephDecoder decoder = new CephDecoder(buf, 4);
      assertThat(decoder.maxLength()).isEqualTo(4);
      assertThatThrownBy(decoder::string)
          .isInstanceOf(ProtocolException.class)
          .hasMessage("string length 5 at offset 0 exceeds limit 4");
    } finally {
      buf.release();
    }
  }

  @Test
  void hugeListCountFailsBeforeDecodingAnyElement() {
    AtomicInteger elementsRead = new AtomicInteger();
    Function<CephDecoder, Integer> element =
        d -> {
          elementsRead.incrementAndGet();
          return d.u8();
        };
    assertThatThrownBy(() -> decode(hex("00000080 010203"), d -> d.list(1, element)))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessage(
            "truncated: list count 2147483648 at offset 0 needs at least 2147483648 bytes,"
                + " 3 remain");
    assertThatThrownBy(() -> decode(hex("ffffffff 010203"), d -> d.map(9, element, element)))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessageContaining("map count 4294967295");
    assertThat(elementsRead).hasValue(0);
  }

  @Test
  void listCountIsCheckedAgainstTheMinimumElementSize() {
    // Three u32 elements cannot fit in the 8 bytes that follow the count.
    assertThatThrownBy(
            () -> decode(hex("03000000 0100000002000000"), d -> d.list(4, CephDecoder::u32)))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessageContaining("needs at least 12 bytes, 8 remain");
    assertThatThrownBy(() -> decode(hex("00000000"), d -> d.list(0, CephDecoder::u8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodesListsAndMapsInWireOrder() {
    List<Long> list = decodeAll(hex("02000000 0700000009000000"), d -> d.list(4, CephDecoder::u32));
    assertThat(list).containsExactly(7L, 9L);
    assertThatThrownBy(() -> list.add(1L)).isInstanceOf(UnsupportedOperationException.class);

    Map<String, Integer> map =
        decodeAll(
            hex("02000000 01000000 62 02 01000000 61 01"),
            d -> d.map(5, CephDecoder::string, CephDecoder::u8));
    assertThat(map).containsExactly(Map.entry("b", 2), Map.entry("a", 1));
  }

  @Test
  void rejectsDuplicateMapKeys() {
    assertThatThrownBy(
            () ->
                decode(
                    hex("02000000 01000000 61 01 01000000 61 02"),
                    d -> d.map(5, CephDecoder::string, CephDecoder::u8)))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("duplicate map key a at offset 10");
  }

  @Test
  void negativeCallerLengthIsAProtocolErrorNotAnIndexError() {
    assertThatThrownBy(() -> decode(hex("0102"), d -> d.bytes(-1)))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("negative length -1 for bytes at offset 0");
    assertThatThrownBy(
            () ->
                decode(
                    hex("0102"),
                    d -> {
                      d.skip(-5);
                      return null;
                    }))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> decode(hex("0102"), d -> d.slice(-5)))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void tracksOffsetAndRemaining() {
    decodeAll(
        hex("01 02030405"),
        d -> {
          assertThat(d.offset()).isZero();
          assertThat(d.remaining()).isEqualTo(5);
          d.u8();
          assertThat(d.offset()).isEqualTo(1);
          assertThat(d.hasRemaining()).isTrue();
          d.u32();
          assertThat(d.hasRemaining()).isFalse();
          return null;
        });
  }

  @Test
  void rejectsANegativeLimit() {
    ByteBuf buf = Unpooled.buffer(0);
    try {
      assertThatThrownBy(() -> new CephDecoder(buf, -1))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      buf.release();
    }
  }

  private static String hexOf(ByteBuf buf) {
    byte[] bytes = new byte[buf.readableBytes()];
    buf.getBytes(buf.readerIndex(), bytes);
    return hex(bytes);
  }
}
