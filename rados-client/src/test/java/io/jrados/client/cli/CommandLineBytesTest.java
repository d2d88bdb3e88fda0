package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.internal.util.SurrogateEscape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineBytesTest {
  private static byte[] cmdline(byte[]... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] e : entries) {
      out.writeBytes(e);
      out.write(0);
    }
    return out.toByteArray();
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theLastEntriesAreTheArgumentsBytes() {
    byte[] name = {(byte) 0x80, 'o', 'n', 'e'};
    byte[] raw = cmdline(b("java"), b("-cp"), b("x.jar"), b("Main"), b("get"), name, b(""), b("-"));
    // What the JVM made of them with UTF-8: U+FFFD for the byte that is not.
    String[] given = {"get", "\uFFFDone", "", "-"};
    String[] got = CommandLineBytes.recover(given, raw, StandardCharsets.UTF_8);
    assertThat(got).containsExactly("get", "\uDC80one", "", "-");
    assertThat(SurrogateEscape.encode(got[1])).isEqualTo(name);
  }

  @Test
  void underAnAsciiLocaleToo() {
    byte[] raw = cmdline(b("java"), b("Main"), b("café"));
    String[] given = {"caf\uFFFD\uFFFD"};
    assertThat(CommandLineBytes.recover(given, raw, StandardCharsets.US_ASCII))
        .containsExactly("café");
  }

  @Test
  void argumentsThatDoNotMatchAreLeftAsGiven() {
    byte[] raw = cmdline(b("java"), b("Main"), b("other"));
    String[] given = {"get"};
    assertThat(CommandLineBytes.recover(given, raw, StandardCharsets.UTF_8)).isSameAs(given);
    String[] more = {"a", "b", "c", "d"};
    assertThat(CommandLineBytes.recover(more, raw, StandardCharsets.UTF_8)).isSameAs(more);
  }
}
