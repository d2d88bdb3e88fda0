package io.jrados.metering.storage.rados;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rados provider's naming and encodings, without a cluster. */
class RadosLayoutTest {
  @Test
  void namesOfHeadsIndexesAndStripes() {
    assertThat(RadosNames.parentDir("a/b/c.json.gz")).isEqualTo("a/b/");
    assertThat(RadosNames.parentDir("top")).isEmpty();
    assertThat(RadosNames.indexObject("")).isEqualTo(".jrados/index/");
    assertThat(RadosNames.indexObject("metering/ru/")).isEqualTo(".jrados/index/metering/ru/");
    String stripe = RadosNames.stripeObject("t/a/x.gz", "0badf00d", 3);
    assertThat(stripe).isEqualTo(".jrados/stripe/t/a/x.gz/0badf00d.3");
    assertThat(RadosNames.stripeOwner(stripe)).isEqualTo("t/a/x.gz");
    assertThat(RadosNames.stripeGeneration(stripe)).isEqualTo("0badf00d");
    assertThat(RadosNames.stripeOwner(".jrados/index/x")).isNull();
    assertThat(RadosNames.isDataName(".jrados/index/")).isFalse();
    assertThat(RadosNames.isDataName(".jradosx")).isTrue();
    assertThatThrownBy(() -> RadosNames.checkDataName(".jrados/index/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may not start with .jrados/");
  }

  @Test
  void directoryEntriesSortAmongFilesAsTheirFullKeysDo() {
    // Entries of one level, as the omap sorts them (bytewise), must come out in full-key order.
    List<String> entries = new ArrayList<>(List.of("ab", "a/", "a-c", "b", "a"));
    entries.sort(
        (x, y) ->
            java.util.Arrays.compareUnsigned(
                x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));
    assertThat(entries).containsExactly("a", "a-c", "a/", "ab", "b");
    List<String> fullKeys = new ArrayList<>(List.of("ab", "a/b", "a-c", "b", "a"));
    fullKeys.sort(io.jrados.metering.storage.StorageKeys::compare);
    assertThat(fullKeys).containsExactly("a", "a-c", "a/b", "ab", "b");
  }

  @Test
  void indexEntryValues() {
    assertThat(IndexEntries.isCommitted(IndexEntries.COMMITTED)).isTrue();
    assertThat(IndexEntries.isCommitted(IndexEntries.pending(5))).isFalse();
    assertThat(IndexEntries.pendingSince(IndexEntries.pending(1234567))).isEqualTo(1234567);
    assertThat(IndexEntries.pendingSince(IndexEntries.COMMITTED)).isZero();
    assertThat(IndexEntries.pendingSince(IndexEntries.DIRECTORY)).isZero();
    assertThat(IndexEntries.pendingSince("pX".getBytes(StandardCharsets.US_ASCII))).isZero();
  }

  @Test
  void manifestsRoundTripAndMalformedOnesAreNamed() throws IOException {
    StripeManifest m = new StripeManifest("abc", 1000, 2500, 3);
    assertThat(StripeManifest.from(Map.of(StripeManifest.XATTR, m.encode()), "o")).isEqualTo(m);
    assertThat(m.chunkLength(0)).isEqualTo(1000);
    assertThat(m.chunkLength(2)).isEqualTo(500);
    assertThat(StripeManifest.from(Map.of(), "o")).isNull();
    assertThat(StripeManifest.from(Map.of(StripeManifest.XATTR, new byte[0]), "o")).isNull();
    for (String bad :
        List.of(
            "v2 abc 1000 2500 3",
            "v1 abc 1000 2500",
            "v1 abc 0 2500 3",
            "v1 abc 1000 2500 2",
            "v1 abc 1000 2500 4",
            "v1 abc 1000 -1 3",
            "v1 abc x 2500 3")) {
      assertThatThrownBy(
              () ->
                  StripeManifest.from(
                      Map.of(StripeManifest.XATTR, bad.getBytes(StandardCharsets.US_ASCII)), "obj"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("object obj has a malformed jrados.stripes attribute: '" + bad);
    }
  }
}
