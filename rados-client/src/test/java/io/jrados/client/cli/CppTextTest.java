package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers and times as Ceph's tools print them. The expected doubles are C's {@code printf("%g")}
 * (what a C++ stream prints at precision 6), taken from python's {@code '%g' % v}, which calls it;
 * the byte counts are cells of a captured {@code rados df}.
 */
class CppTextTest {
  @ParameterizedTest
  @CsvSource({
    "4.21875, 4.21875",
    "13.48828125, 13.4883",
    "0.000645571, 0.000645571",
    "1e-5, 1e-05",
    "1234567.0, 1.23457e+06",
    "3.0023, 3.0023",
    "76.0, 76",
    "100000.0, 100000",
    "999999.5, 1e+06",
    "0.1, 0.1",
    "1.5e-300, 1.5e-300",
    "0.00010000049, 0.0001",
    "123456.5, 123456",
    "9.9999996, 10",
    "1e300, 1e+300",
    "-0.5, -0.5",
    "0.0315728123, 0.0315728",
    "2551.3333333333335, 2551.33",
    "0, 0"
  })
  void doublesPrintAsACppStream(double value, String printed) {
    assertThat(CppText.g6(value)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0 B",
    "24, 24 B",
    "11264, 11 KiB",
    "9216, 9 KiB",
    "93184, 91 KiB",
    "3221094400, 3.0 GiB",
    "3221225472, 3 GiB"
  })
  void bytesPrintAsRadosDf(long value, String printed) {
    assertThat(CppText.bytes(value)).isEqualTo(printed);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-29T15:05:19Z, 2026-11-29T15:05:19.000000+0000",
    "2026-11-29T15:05:19.413423Z, 2026-11-29T15:05:19.413423+0000"
  })
  void timesPrintAsUtime(String instant, String printed) {
    assertThat(CppText.utime(Instant.parse(instant), ZoneOffset.UTC)).isEqualTo(printed);
  }
}
