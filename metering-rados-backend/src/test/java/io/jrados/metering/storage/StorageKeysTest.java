package io.jrados.metering.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageKeysTest {

  @Test
  void providerPrefixesNameADirectory() {
    assertThat(StorageKeys.normalizeProviderPrefix("")).isEmpty();
    assertThat(StorageKeys.normalizeProviderPrefix("/")).isEmpty();
    assertThat(StorageKeys.normalizeProviderPrefix("a/b")).isEqualTo("a/b/");
    assertThat(StorageKeys.normalizeProviderPrefix("/a/b//")).isEqualTo("a/b/");
  }

  @Test
  void listPrefixesMayStopAnywhere() {
    assertThat(StorageKeys.normalizeListPrefix(null)).isEmpty();
    assertThat(StorageKeys.normalizeListPrefix("metering/ru/17")).isEqualTo("metering/ru/17");
    assertThat(StorageKeys.normalizeListPrefix("/metering/")).isEqualTo("metering/");
  }

  @Test
  void orderIsByCodePointLikeUtf8Bytes() {
    String supplementary = new String(Character.toChars(0x1F600)); // UTF-8 F0 9F 98 80
    String highBmp = "\uFF21"; // UTF-8 EF BC A1: sorts before F0 in bytes, after D83D in UTF-16
    List<String> keys = new ArrayList<>(List.of(supplementary, highBmp, "a/b", "a-c", "a"));
    keys.sort(StorageKeys::compare);
    assertThat(keys).containsExactly("a", "a-c", "a/b", highBmp, supplementary);
    assertThat(highBmp.compareTo(supplementary)).isPositive(); // why String order is not used
  }
}
