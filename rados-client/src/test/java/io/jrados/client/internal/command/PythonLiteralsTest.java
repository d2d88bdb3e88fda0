package io.jrados.client.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonLiteralsTest {
  @Test
  void parsesIntegersLikePythonIntWithBaseZero() {
    assertThat(PythonLiterals.parseInt("0x10", 0)).isEqualTo(16);
    assertThat(PythonLiterals.parseInt("0o17", 0)).isEqualTo(15);
    assertThat(PythonLiterals.parseInt("0b101", 0)).isEqualTo(5);
    assertThat(PythonLiterals.parseInt("1_000", 0)).isEqualTo(1000);
    assertThat(PythonLiterals.parseInt(" -7 ", 0)).isEqualTo(-7);
    assertThat(PythonLiterals.parseInt("00", 0)).isEqualTo(0);
    assertThat(PythonLiterals.parseInt("99999999999999999999", 0))
        .isEqualTo(new BigInteger("99999999999999999999"));
    assertThat(PythonLiterals.parseInt("010", 0)).isNull();
    assertThat(PythonLiterals.parseInt("1__0", 0)).isNull();
    assertThat(PythonLiterals.parseInt("_1", 0)).isNull();
    assertThat(PythonLiterals.parseInt("1.0", 0)).isNull();
    assertThat(PythonLiterals.parseInt("", 0)).isNull();
  }

  @Test
  void parsesIntegersInExplicitBases() {
    assertThat(PythonLiterals.parseInt("010", 10)).isEqualTo(10);
    assertThat(PythonLiterals.parseInt("0x10", 10)).isNull();
    assertThat(PythonLiterals.parseInt("1f", 16)).isEqualTo(31);
    assertThat(PythonLiterals.parseInt("0x1f", 16)).isEqualTo(31);
    assertThat(PythonLiterals.parseInt("zz", 16)).isNull();
  }

  @Test
  void parsesFloatsLikePythonFloat() {
    assertThat(PythonLiterals.parseFloat("1e5")).isEqualTo(1e5);
    assertThat(PythonLiterals.parseFloat(".5")).isEqualTo(0.5);
    assertThat(PythonLiterals.parseFloat("1.")).isEqualTo(1.0);
    assertThat(PythonLiterals.parseFloat("1_0.5")).isEqualTo(10.5);
    assertThat(PythonLiterals.parseFloat("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(PythonLiterals.parseFloat("nan")).isNaN();
    // Java would take these; Python does not.
    assertThat(PythonLiterals.parseFloat("1.5f")).isNull();
    assertThat(PythonLiterals.parseFloat("0x1p3")).isNull();
    assertThat(PythonLiterals.parseFloat(".")).isNull();
  }

  @Test
  void printsFloatsLikePythonRepr() {
    assertThat(PythonLiterals.floatRepr(0.5)).isEqualTo("0.5");
    assertThat(PythonLiterals.floatRepr(1.0)).isEqualTo("1.0");
    assertThat(PythonLiterals.floatRepr(-0.0)).isEqualTo("-0.0");
    assertThat(PythonLiterals.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(PythonLiterals.floatRepr(1e-5)).isEqualTo("1e-05");
    assertThat(PythonLiterals.floatRepr(1.5e-7)).isEqualTo("1.5e-07");
    assertThat(PythonLiterals.floatRepr(123456789012345.0)).isEqualTo("123456789012345.0");
    assertThat(PythonLiterals.floatRepr(2e16)).isEqualTo("2e+16");
    assertThat(PythonLiterals.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
  }

  @Test
  void printsStringsLikePythonRepr() {
    assertThat(PythonLiterals.stringRepr("x")).isEqualTo("'x'");
    assertThat(PythonLiterals.stringRepr("it's")).isEqualTo("\"it's\"");
    assertThat(PythonLiterals.stringRepr("'\"")).isEqualTo("'\\'\"'");
    assertThat(PythonLiterals.stringRepr("a\nb\\")).isEqualTo("'a\\nb\\\\'");
    assertThat(PythonLiterals.stringListRepr(List.of("a", "b c"))).isEqualTo("['a', 'b c']");
  }
}
