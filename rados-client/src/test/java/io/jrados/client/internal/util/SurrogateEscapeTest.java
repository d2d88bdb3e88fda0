package io.jrados.client.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SurrogateEscapeTest {
  @Test
  void utf8IsDecodedAsJavaDecodesIt() {
    String s = "plain, café, 日本, \uD83D\uDE00 (outside the BMP)";
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    assertThat(SurrogateEscape.decode(b)).isEqualTo(s);
    assertThat(SurrogateEscape.encode(s)).isEqualTo(b);
    assertThat(SurrogateEscape.hasEscapes(s)).isFalse();
  }

  @Test
  void bytesThatAreNotUtf8BecomeLoneSurrogatesAndComeBack() {
    byte[] b = {(byte) 0x80, 'o', 'n', 'e', (byte) 0xff, (byte) 0xc3};
    String s = SurrogateEscape.decode(b);
    assertThat(s).isEqualTo("\uDC80one\uDCFF\uDCC3");
    assertThat(SurrogateEscape.hasEscapes(s)).isTrue();
    assertThat(SurrogateEscape.encode(s)).isEqualTo(b);
  }

  @Test
  void malformedSequencesAreEscapedByteByByte() {
    // Overlong '/', an encoded surrogate (ED A0 80), past U+10FFFF (F4 90 ...), a truncated
    // sequence and a stray continuation byte: none is UTF-8.
    byte[][] bad = {
      {(byte) 0xc0, (byte) 0xaf},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xe2, (byte) 0x82},
      {(byte) 0xbf},
    };
    for (byte[] b : bad) {
      String s = SurrogateEscape.decode(b);
      assertThat(s.chars()).allMatch(c -> c >= 0xDC80 && c <= 0xDCFF);
      assertThat(SurrogateEscape.encode(s)).isEqualTo(b);
    }
  }

  @Test
  void everyByteStringRoundTrips() {
    Random r = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      byte[] b = new byte[r.nextInt(12)];
      r.nextBytes(b);
      assertThat(SurrogateEscape.encode(SurrogateEscape.decode(b))).isEqualTo(b);
    }
  }

  @Test
  void anotherLoneSurrogateIsAQuestionMarkAsInGetBytes() {
    assertThat(SurrogateEscape.encode("a\uD800b"))
        .isEqualTo("a?b".getBytes(StandardCharsets.UTF_8));
    assertThat(SurrogateEscape.encode("\uDC00")).isEqualTo(new byte[] {'?'});
  }

  @Test
  void namesThatAreUtf8DisplayAsText() {
    assertThat(SurrogateEscape.display("café/obj 1".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("café/obj 1");
    assertThat(SurrogateEscape.display(new byte[0])).isEmpty();
  }

  @Test
  void otherNamesDisplayTheirBytes() {
    // Two names that differ only in a byte that is not UTF-8 must not read alike in an error.
    assertThat(SurrogateEscape.display(new byte[] {(byte) 0x80, 'o', 'n', 'e'}))
        .isEqualTo("\\x80one");
    assertThat(SurrogateEscape.display(new byte[] {(byte) 0x81, 'o', 'n', 'e'}))
        .isEqualTo("\\x81one");
    // A backslash or a control byte in such a name is escaped too, so the form is unambiguous.
    assertThat(SurrogateEscape.display(new byte[] {'\\', (byte) 0xff, '\n'}))
        .isEqualTo("\\x5c\\xff\\x0a");
  }
}
