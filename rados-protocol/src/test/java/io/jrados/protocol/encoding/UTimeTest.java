package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.assertEveryTruncationFails;
import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.encode;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UTimeTest {
  private static final String FIXTURE = "04030201" + "08070605";

  @Test
  void encodesSecondsThenNanosecondsAsLe32() {
    UTime time = new UTime(0x01020304L, 0x05060708L);
    assertThat(hex(encode(time::encode))).isEqualTo(FIXTURE);
    assertThat(decodeAll(hex(FIXTURE), UTime::decode)).isEqualTo(time);
  }

  @Test
  void keepsTheFullUnsignedRangeOnTheWire() {
    UTime max = decodeAll(hex("ffffffff ffffffff"), UTime::decode);
    assertThat(max.seconds()).isEqualTo(0xFFFF_FFFFL);
    assertThat(max.nanoseconds()).isEqualTo(0xFFFF_FFFFL);
    assertThat(hex(encode(max::encode))).isEqualTo("ffffffffffffffff");
  }

  @Test
  void convertsToAndFromInstant() {
    Instant instant = Instant.parse("2024-01-02T03:04:05.000000006Z");
    UTime time = UTime.fromInstant(instant);
    assertThat(time).isEqualTo(new UTime(1704164645L, 6));
    assertThat(time.toInstant()).isEqualTo(instant);
    assertThat(time).hasToString("2024-01-02T03:04:05.000000006Z");
    assertThat(UTime.ZERO.toInstant()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void carriesExcessNanosecondsIntoSeconds() {
    assertThat(new UTime(10, 2_500_000_000L).toInstant())
        .isEqualTo(Instant.ofEpochSecond(12, 500_000_000));
  }

  @Test
  void rejectsInstantsOutsideTheUnsigned32BitRange() {
    assertThatThrownBy(() -> UTime.fromInstant(Instant.ofEpochSecond(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UTime.fromInstant(Instant.ofEpochSecond(1L << 32)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UTime(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void truncatedInputFails() {
    assertEveryTruncationFails(hex(FIXTURE), UTime::decode);
  }
}
