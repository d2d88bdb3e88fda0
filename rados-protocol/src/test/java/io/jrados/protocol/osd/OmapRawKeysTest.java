package io.jrados.protocol.osd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Omap keys are byte strings: the raw parsers keep every byte, the string ones refuse non-UTF-8.
 */
class OmapRawKeysTest {
  private static final byte[] RGW_KEY = {(byte) 0x80, '1', '0', '0', '0', '_'};

  private static ByteBuf keysOutdata(byte[]... keys) {
    ByteBuf b = Unpooled.buffer();
    new CephEncoder(b).list(List.of(keys), (k, e) -> e.bufferlist(k)).bool(false);
    return b;
  }

  @Test
  void rawKeysKeepTheirBytesAndStringKeysRefuseThem() {
    ByteBuf out = keysOutdata("plain".getBytes(StandardCharsets.UTF_8), RGW_KEY);
    OmapOps.RawKeys raw = OmapOps.parseRawKeys(out);
    assertThat(raw.keys()).hasSize(2);
    assertThat(raw.keys().get(1)).isEqualTo(RGW_KEY);
    assertThatThrownBy(() -> OmapOps.parseKeys(out))
        .isInstanceOf(NonUtf8KeyException.class)
        .hasMessageContaining("omap key 0x80313030305f is not UTF-8")
        .hasMessageContaining("raw-key methods");
  }

  @Test
  void rawValuesAreInUnsignedByteOrderAndRepeatsAreRefused() {
    ByteBuf b = Unpooled.buffer();
    CephEncoder e = new CephEncoder(b);
    e.u32(3).bufferlist(RGW_KEY).bufferlist(new byte[] {1});
    e.bufferlist(new byte[] {'a'}).bufferlist(new byte[] {2});
    e.bufferlist(new byte[] {(byte) 0xff}).bufferlist(new byte[0]).bool(true);
    OmapOps.RawVals vals = OmapOps.parseRawVals(b);
    assertThat(vals.more()).isTrue();
    assertThat(vals.entries().keySet())
        .containsExactly(new byte[] {'a'}, RGW_KEY, new byte[] {(byte) 0xff});

    ByteBuf twice = Unpooled.buffer();
    new CephEncoder(twice).u32(2).bufferlist(RGW_KEY).bufferlist(new byte[0]).bufferlist(RGW_KEY);
    new CephEncoder(twice).bufferlist(new byte[0]);
    assertThatThrownBy(() -> OmapOps.parseRawValsByKeys(twice))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("repeats a key");
  }
}
