package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.osd.OmapOps;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * listomapvals, getomapval and getomapheader output against what rados printed for the same values
 * (src/test/resources/rados-golden; see its README for the commands).
 */
class OmapRenderingTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void listOmapValsIsRadossOutput() {
    TreeMap<byte[], byte[]> values = new TreeMap<>(OmapOps.KEY_ORDER);
    values.put(ascii("key1"), ascii("val1"));
    values.put(ascii("key2"), ascii("a much longer value that spans more than sixteen bytes, yes"));
    byte[] binary = new byte[67];
    Arrays.fill(binary, (byte) 'z');
    binary[0] = 0;
    binary[1] = 1;
    binary[2] = 2;
    binary[66] = (byte) 0xff;
    values.put(ascii("key3"), binary);
    values.put(ascii("key4"), new byte[0]);
    assertThat(OmapCommands.renderValues(values)).isEqualTo(Golden.text("listomapvals.out"));
  }

  @Test
  void getOmapValAndHeaderAreRadossOutput() {
    byte[] value = ascii("a much longer value that spans more than sixteen bytes, yes");
    assertThat(OmapCommands.titledDump("value", value)).isEqualTo(Golden.text("getomapval.out"));
    assertThat(OmapCommands.titledDump("header", ascii("header-bytes-here")))
        .isEqualTo(Golden.text("getomapheader.out"));
    assertThat(OmapCommands.titledDump("header", new byte[0]))
        .isEqualTo(Golden.text("getomapheader_empty.out"));
  }

  @Test
  void keysWithUnprintableBytesAreDumped() {
    TreeMap<byte[], byte[]> values = new TreeMap<>(OmapOps.KEY_ORDER);
    values.put(ascii("k\u0001"), ascii("v"));
    assertThat(OmapCommands.renderValues(values))
        .startsWith("key (2 bytes):\n00000000  6b 01 ")
        .contains("|k.|\n00000002\n\nvalue (1 bytes) :\n");
  }

  @Test
  void runsOfOneByteCollapseToAStar() {
    byte[] zeros = new byte[64];
    assertThat(HexDump.of(zeros))
        .isEqualTo(
            "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n"
                + "*\n"
                + "00000030  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n"
                + "00000040\n");
    assertThat(HexDump.of(new byte[0])).isEmpty();
  }
}
