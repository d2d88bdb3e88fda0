package io.jrados.metering.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.model.MetaType;
import io.jrados.metering.model.MeteringPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeteringCodecTest {

  @Test
  void gzipRoundTripsAndTheCapIsAnErrorNotATruncation() throws IOException {
    byte[] json = "{\"data\":[]}".repeat(1000).getBytes(StandardCharsets.UTF_8);
    byte[] compressed = MeteringCodec.gzip(json);
    assertThat(MeteringCodec.gunzip(new ByteArrayInputStream(compressed), json.length))
        .isEqualTo(json);
    assertThatThrownBy(
            () -> MeteringCodec.gunzip(new ByteArrayInputStream(compressed), json.length - 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than the cap");
    assertThat(MeteringCodec.DEFAULT_MAX_DECOMPRESSED_BYTES).isEqualTo(100L * 1024 * 1024);
  }

  @Test
  void pagesParseBackWithExactIntegers() throws IOException {
    MeteringPage page =
        MeteringCodec.parsePage(
            ("{\"timestamp\":60,\"category\":\"c\",\"self_id\":\"s\",\"shared_pool_id\":\"p\","
                    + "\"part\":3,\"data\":[{\"ru\":{\"value\":18446744073709551615,\"unit\":\"RU\"},"
                    + "\"f\":1.5}]}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(page.part()).isEqualTo(3);
    assertThat(page.data().get(0).get("ru"))
        .isEqualTo(Map.of("value", new BigInteger("18446744073709551615"), "unit", "RU"));
    assertThat(page.data().get(0).get("f")).isEqualTo(1.5);
  }

  @Test
  void malformedFilesAreInvalidFormat() {
    assertThatThrownBy(() -> MeteringCodec.parsePage("[1]".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("invalid file format");
    assertThatThrownBy(
            () -> MeteringCodec.parsePage("{\"data\":{}}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("invalid file format");
    assertThatThrownBy(() -> MeteringCodec.parsePage("{".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("invalid file format: failed to unmarshal metering data");
    assertThatThrownBy(
            () -> MeteringCodec.parseMeta("{\"type\":\"other\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessage(
            "invalid file format: invalid metadata type: other, must be one of: logic, sharedpool");
    assertThat(MetaType.parse("sharedpool")).isEqualTo(MetaType.SHAREDPOOL);
  }
}
