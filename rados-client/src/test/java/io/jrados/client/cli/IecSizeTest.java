package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * rados' numbers (16.2's strict_iecstrtoll), value by value, as the 16.2.15 rados tool answered
 * them; JradosCommandsIT holds jrados to the tool itself.
 */
class IecSizeTest {
  @Test
  void theFirstCharacterOfTheUnitCounts() throws Exception {
    assertThat(IecSize.parse("0")).isZero();
    assertThat(IecSize.parse("4096")).isEqualTo(4096);
    assertThat(IecSize.parse("+7")).isEqualTo(7);
    assertThat(IecSize.parse("4K")).isEqualTo(4096);
    assertThat(IecSize.parse("4KB")).isEqualTo(4096);
    assertThat(IecSize.parse("4Ki")).isEqualTo(4096);
    assertThat(IecSize.parse("4KK")).isEqualTo(4096);
    assertThat(IecSize.parse("4Kx")).isEqualTo(4096);
    assertThat(IecSize.parse("3M")).isEqualTo(3L << 20);
    assertThat(IecSize.parse("2G")).isEqualTo(2L << 30);
    assertThat(IecSize.parse("5T")).isEqualTo(5L << 40);
    assertThat(IecSize.parse("6P")).isEqualTo(6L << 50);
    assertThat(IecSize.parse("7E")).isEqualTo(7L << 60);
    assertThat(IecSize.parse("9B")).isEqualTo(9);
    assertThat(IecSize.parse("9BB")).isEqualTo(9);
    // 15 EiB is past a signed long: held as the unsigned bits, as in rados' uint64_t.
    assertThat(Long.toUnsignedString(IecSize.parse("15E"))).isEqualTo("17293822569102704640");
  }

  @Test
  void refusalsAreWordedAsRados() {
    refused("", "strict_iecstrtoll: value not specified");
    refused("4k", "strict_iecstrtoll: unit prefix not recognized");
    refused("4Q", "strict_iecstrtoll: unit prefix not recognized");
    refused("4iB", "strict_iecstrtoll: unit prefix not recognized");
    refused(" 4", "strict_iecstrtoll: unit prefix not recognized");
    refused("4 ", "strict_iecstrtoll: unit prefix not recognized");
    refused("4Bi", "strict_iecstrtoll: illegal prefix \"Bi\"");
    refused("4Bxi", "strict_iecstrtoll: illegal prefix \"Bi\"");
    refused("4xBi", "strict_iecstrtoll: illegal prefix (length > 2)");
    refused("4KiB", "strict_iecstrtoll: illegal prefix (length > 2)");
    refused("abc", "strict_iecstrtoll: illegal prefix (length > 2)");
    refused("0x10", "strict_iecstrtoll: illegal prefix (length > 2)");
    refused("K", "Expected option value to be integer, got ''");
    refused("1-2", "Expected option value to be integer, got '1-2'");
    refused("+-5", "Expected option value to be integer, got '+-5'");
    refused("-5", "strict_iecstrtoll: value should not be negative");
    refused("99999999999999999999", "The option value '99999999999999999999' seems to be invalid");
    refused("16E", "strict_iecstrtoll: value seems to be too large");
  }

  private static void refused(String text, String message) {
    assertThatThrownBy(() -> IecSize.parse(text))
        .as(text)
        .isInstanceOf(IecSize.Invalid.class)
        .hasMessage(message);
  }
}
