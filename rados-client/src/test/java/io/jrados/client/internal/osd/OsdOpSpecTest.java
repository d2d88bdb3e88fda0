package io.jrados.client.internal.osd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OsdOpSpecTest {
  @Test
  void namesThatAreUtf8ReadAsText() {
    assertThat(OsdOpSpec.text("café/obj 1".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("café/obj 1");
    assertThat(OsdOpSpec.text(new byte[0])).isEmpty();
  }

  @Test
  void otherNamesShowTheirBytes() {
    // Two names that differ only in a byte that is not UTF-8 must not read alike in an error.
    assertThat(OsdOpSpec.text(new byte[] {(byte) 0x80, 'o', 'n', 'e'})).isEqualTo("\\x80one");
    assertThat(OsdOpSpec.text(new byte[] {(byte) 0x81, 'o', 'n', 'e'})).isEqualTo("\\x81one");
    // A backslash or a control byte in such a name is escaped too, so the form is unambiguous.
    assertThat(OsdOpSpec.text(new byte[] {'\\', (byte) 0xff, '\n'})).isEqualTo("\\x5c\\xff\\x0a");
  }
}
