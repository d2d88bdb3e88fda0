package io.jrados.metering.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.model.MeteringValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Go's encoding/json output, case by case. Expected strings follow Go's encoder source: {@code
 * encode.go} (string escaping with escapeHTML on, float formatting, sorted map keys).
 */
class GoJsonWriterTest {

  private static String encode(Object value) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("v", value);
    String json = new String(GoJsonWriter.record(record), StandardCharsets.UTF_8);
    return json.substring("{\"v\":".length(), json.length() - 1);
  }

  @Test
  void floatsUseGosShortestFormAndExponentThresholds() {
    assertThat(encode(1.0)).isEqualTo("1");
    assertThat(encode(100.0)).isEqualTo("100");
    assertThat(encode(0.1)).isEqualTo("0.1");
    assertThat(encode(-2.5)).isEqualTo("-2.5");
    assertThat(encode(12345678.9)).isEqualTo("12345678.9");
    assertThat(encode(1e20)).isEqualTo("100000000000000000000");
    assertThat(encode(1e21)).isEqualTo("1e+21");
    assertThat(encode(0.000001)).isEqualTo("0.000001");
    assertThat(encode(1e-7)).isEqualTo("1e-7");
    assertThat(encode(1.5e-10)).isEqualTo("1.5e-10");
    assertThat(encode(-0.0)).isEqualTo("-0");
    assertThat(encode(0.0)).isEqualTo("0");
    assertThat(encode(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(encode(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    // Java 17's Double.toString gives 2.82879384806159008E17 here, which is not the shortest.
    assertThat(encode(2.82879384806159E17)).isEqualTo("282879384806159000");
  }

  @Test
  void float32UsesItsOwnShortestForm() {
    assertThat(encode(0.1f)).isEqualTo("0.1");
    assertThat(encode(16777216f)).isEqualTo("16777216");
    assertThat(encode(1e-7f)).isEqualTo("1e-7");
  }

  @Test
  void integersAndUint64ValuesArePlainDecimal() {
    assertThat(encode(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    assertThat(encode(new MeteringValue(new BigInteger("18446744073709551615"), "B")))
        .isEqualTo("{\"value\":18446744073709551615,\"unit\":\"B\"}");
    assertThatThrownBy(() -> new MeteringValue(BigInteger.ONE.shiftLeft(64), "B"))
        .hasMessageContaining("unsigned 64-bit");
    assertThatThrownBy(() -> MeteringValue.of(-1, "B")).hasMessageContaining("unsigned 64-bit");
  }

  @Test
  void stringsAreEscapedAsGoWithHtmlEscapingOn() {
    assertThat(encode("<a href=\"x\">&</a>"))
        .isEqualTo("\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u003c/a\\u003e\"");
    assertThat(encode("\b\f\n\r\t\u0001\u001f\u007f"))
        .isEqualTo("\"\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\"");
    assertThat(encode("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    assertThat(encode("é中😀")).isEqualTo("\"é中😀\"");
    assertThat(encode("bad\uD800end")).isEqualTo("\"bad\\ufffdend\"");
    assertThat(encode("back\\slash/")).isEqualTo("\"back\\\\slash/\"");
  }

  @Test
  void mapKeysAreSortedBytewiseAndEscaped() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key :
        List.of("b", "a<", "B", "a", "\uFF21", new String(Character.toChars(0x1F600)))) {
      map.put(key, 1);
    }
    assertThat(encode(map))
        .isEqualTo("{\"B\":1,\"a\":1,\"a\\u003c\":1,\"b\":1,\"\uFF21\":1,\"😀\":1}");
  }

  @Test
  void listsNullsAndBooleans() {
    assertThat(encode(Arrays.asList(1, null, true, "s", List.of())))
        .isEqualTo("[1,null,true,\"s\",[]]");
    assertThat(encode(Map.of())).isEqualTo("{}");
  }
}
