package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BannerTest {
  private static <T> T read(byte[] bytes, Function<ByteBuf, T> reader) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return reader.apply(buf);
    } finally {
      buf.release();
    }
  }

  @Test
  void encodesOursAsCephV2WithRevision1SupportedAndRequired() {
    ByteBuf out = Unpooled.buffer();
    Banner.OURS.encode(out);
    assertThat(hex(TestBytes.drain(out)))
        .isEqualTo(
            "636570682076320a" // "ceph v2\n"
                + "1000" // payload length 16
                + "0100000000000000" // supported: REVISION_1
                + "0100000000000000"); // required: REVISION_1
    assertThat(Banner.ENCODED_SIZE).isEqualTo(26);
  }

  @Test
  void decodesARealPacificMonBanner() {
    byte[] captured = TestBytes.resource("mon-banner.bin");
    Banner mon = read(captured, Banner::decode);
    assertThat(mon).isEqualTo(new Banner(1, 0));
    mon.checkCompatibleWith(Banner.OURS);
    // The two-step form a Netty decoder uses gives the same.
    Banner stepwise = read(captured, buf -> Banner.decodePayload(buf, Banner.decodePrefix(buf)));
    assertThat(stepwise).isEqualTo(mon);
  }

  @Test
  void rejectsARealMsgr1MonBannerSayingSo() {
    byte[] captured = TestBytes.resource("mon-msgr1-banner.bin");
    assertThat(new String(captured, 0, 9, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("ceph v027");
    assertThatThrownBy(() -> read(captured, Banner::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("peer speaks msgr1");
  }

  @Test
  void rejectsBadMagicShowingWhatCame() {
    byte[] http = "GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> read(http, Banner::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bad msgr2 banner")
        .hasMessageContaining("\"GET / HT\"");
  }

  @Test
  void rejectsAPayloadTooShortForTheFeatureWords() {
    byte[] shortPayload = hex("636570682076320a 0800 0100000000000000");
    assertThatThrownBy(() -> read(shortPayload, Banner::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("payload length 8");
  }

  @Test
  void skipsPayloadBytesAfterTheFeatureWords() {
    byte[] longer = hex("636570682076320a 1400 0300000000000000 0000000000000000 aabbccdd 77");
    ByteBuf buf = Unpooled.wrappedBuffer(longer);
    try {
      assertThat(Banner.decode(buf)).isEqualTo(new Banner(3, 0));
      assertThat(buf.readableBytes()).isEqualTo(1);
    } finally {
      buf.release();
    }
  }

  @Test
  void everyTruncationIsTruncatedInput() {
    byte[] captured = TestBytes.resource("mon-banner.bin");
    for (int length = 0; length < captured.length; length++) {
      byte[] prefix = Arrays.copyOf(captured, length);
      assertThatThrownBy(() -> read(prefix, Banner::decode))
          .as("first %d bytes", length)
          .isInstanceOf(TruncatedInputException.class);
    }
  }

  @Test
  void aReefPeerThatOffersCompressionIsFine() {
    new Banner(3, 0).checkCompatibleWith(Banner.OURS);
  }

  @Test
  void aPeerRequiringFeaturesWeLackIsRefusedByName() {
    assertThatThrownBy(() -> new Banner(3, 2).checkCompatibleWith(Banner.OURS))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("peer requires msgr2 features we lack: 0x2 (COMPRESSION)");
    assertThatThrownBy(() -> new Banner(1L << 7 | 1, 1L << 7).checkCompatibleWith(Banner.OURS))
        .hasMessageContaining("0x80 (bit7)");
  }

  @Test
  void aPeerWithoutRevision1IsRefused() {
    assertThatThrownBy(() -> new Banner(0, 0).checkCompatibleWith(Banner.OURS))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("peer lacks msgr2 features we require: 0x1 (REVISION_1)");
  }
}
