package io.jrados.protocol.osdmap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Broken maps fail with a ProtocolException that says what is wrong, never anything else. */
class MalformedOsdMapTest {
  /** wrapper header, client header, fsid, epoch, created, modified: then the pool count. */
  private static final int POOL_COUNT_OFFSET = 6 + 6 + 16 + 4 + 8 + 8;

  @Test
  void everyTruncationOfAFullMapIsReported() {
    byte[] full = Fixtures.bytes("full-53.bin");
    for (int len = 0; len < full.length; len++) {
      byte[] cut = Arrays.copyOf(full, len);
      assertThatThrownBy(() -> OsdMap.decode(Unpooled.wrappedBuffer(cut)))
          .as("first %d bytes", len)
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("truncated");
    }
  }

  @Test
  void everyTruncationOfAnIncrementalIsReported() {
    byte[] inc = Fixtures.bytes("inc-33.bin");
    for (int len = 0; len < inc.length; len++) {
      byte[] cut = Arrays.copyOf(inc, len);
      assertThatThrownBy(() -> OsdMapIncremental.decode(Unpooled.wrappedBuffer(cut)))
          .as("first %d bytes", len)
          .isInstanceOf(TruncatedInputException.class);
    }
  }

  @Test
  void everyFlippedByteOfAFullMapIsCaught() {
    byte[] full = Fixtures.bytes("full-53.bin");
    for (int i = 0; i < full.length; i++) {
      byte[] bad = full.clone();
      bad[i] ^= 0x5a;
      assertThatThrownBy(() -> OsdMap.decode(Unpooled.wrappedBuffer(bad)))
          .as("byte %d flipped", i)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Test
  void aFlippedByteInAnIncrementalFailsItsCrc() {
    byte[] inc = Fixtures.bytes("inc-41.bin");
    byte[] bad = inc.clone();
    bad[POOL_COUNT_OFFSET - 4] ^= 1; // a byte of the modified time: decodes, but the crc differs
    assertThatThrownBy(() -> OsdMapIncremental.decode(Unpooled.wrappedBuffer(bad)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bad crc");
  }

  @Test
  void anAbsurdPoolCountIsRefusedBeforeAllocating() {
    byte[] bad = Fixtures.bytes("full-53.bin").clone();
    bad[POOL_COUNT_OFFSET] = (byte) 0xff;
    bad[POOL_COUNT_OFFSET + 1] = (byte) 0xff;
    bad[POOL_COUNT_OFFSET + 2] = (byte) 0xff;
    bad[POOL_COUNT_OFFSET + 3] = (byte) 0x7f;
    assertThatThrownBy(() -> OsdMap.decode(Unpooled.wrappedBuffer(bad)))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessageContaining("count 2147483647");
  }

  @Test
  void theClassicEncodingIsRefusedByName() {
    byte[] bad = Fixtures.bytes("full-53.bin").clone();
    bad[0] = 6;
    bad[1] = 6;
    assertThatThrownBy(() -> OsdMap.decode(Unpooled.wrappedBuffer(bad)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("classic");
  }
}
