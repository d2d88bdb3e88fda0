package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.EntityAddrTest.V2_LOCALHOST;
import static io.jrados.protocol.encoding.EntityAddrTest.socket;
import static io.jrados.protocol.encoding.Wire.assertEveryTruncationFails;
import static io.jrados.protocol.encoding.Wire.decode;
import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.encode;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class EntityAddrVecTest {
  /** [v2:127.0.0.1:3300/0] as msgr2 frames carry it: marker 2, count 1, one address. */
  private static final String ONE_ENTRY =
      "02"
          + "01000000"
          + "01 0101 1c000000 02000000 00000000 10000000 0200 0ce4 7f000001 0000000000000000";

  private static final EntityAddr V2 = EntityAddr.parse("v2:127.0.0.1:3300/0");
  private static final EntityAddr V1 = EntityAddr.parse("v1:127.0.0.1:6789/0");

  @Test
  void encodesOneEntryExactly() {
    assertThat(hex(encode(EntityAddrVec.of(V2)::encode))).isEqualTo(ONE_ENTRY.replace(" ", ""));
    assertThat(decodeAll(hex(ONE_ENTRY), EntityAddrVec::decode)).isEqualTo(EntityAddrVec.of(V2));
  }

  @Test
  void roundTripsSeveralEntriesInOrder() {
    EntityAddrVec vec = EntityAddrVec.of(V2, V1);
    byte[] bytes = encode(vec::encode);
    assertThat(hex(bytes)).startsWith("0202000000");
    assertThat(decodeAll(bytes, EntityAddrVec::decode)).isEqualTo(vec);
  }

  @Test
  void decodesASingleAddressAsAVectorOfOne() {
    assertThat(decodeAll(hex(V2_LOCALHOST), EntityAddrVec::decode)).isEqualTo(EntityAddrVec.of(V2));
    String legacy = "00 000000 00000000 0002 1a85 7f000001" + "00".repeat(120);
    assertThat(decodeAll(hex(legacy), EntityAddrVec::decode)).isEqualTo(EntityAddrVec.of(V1));
  }

  @Test
  void encodesAndPrintsTheEmptyVector() {
    assertThat(hex(encode(EntityAddrVec.EMPTY::encode))).isEqualTo("0200000000");
    assertThat(decodeAll(hex("02 00000000"), EntityAddrVec::decode).isEmpty()).isTrue();
    assertThat(EntityAddrVec.EMPTY).hasToString("[]");
    assertThat(EntityAddrVec.parse("[]")).isEqualTo(EntityAddrVec.EMPTY);
  }

  @Test
  void rejectsAnUnknownMarker() {
    assertThatThrownBy(() -> decode(hex("03 01000000"), EntityAddrVec::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessage(
            "entity_addrvec_t: marker 3 at offset 0, expected 2 (or 1 or 0 for a single address)");
  }

  @Test
  void rejectsAHugeCountBeforeDecodingAnyAddress() {
    assertThatThrownBy(() -> decode(hex("02 ffffff7f" + V2_LOCALHOST), EntityAddrVec::decode))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessageContaining("list count 2147483647");
  }

  @Test
  void truncatedInputFailsAtEveryLength() {
    assertEveryTruncationFails(hex(ONE_ENTRY), EntityAddrVec::decode);
    assertEveryTruncationFails(encode(EntityAddrVec.of(V2, V1)::encode), EntityAddrVec::decode);
  }

  @Test
  void picksTheMsgr2AddressAsCephDoes() {
    assertThat(EntityAddrVec.of(V1, V2).pickMsgr2()).contains(V2);
    assertThat(EntityAddrVec.of(V1).pickMsgr2()).isEmpty();
    assertThat(EntityAddrVec.EMPTY.pickMsgr2()).isEmpty();
    EntityAddr blankV2 = EntityAddr.parse("v2:0.0.0.0:3300/0");
    EntityAddr any = EntityAddr.parse("any:10.0.0.5:0/77");
    assertThat(EntityAddrVec.of(blankV2, any).pickMsgr2()).contains(any);
    assertThat(EntityAddrVec.of(any, V2).pickMsgr2()).contains(V2);
    assertThat(EntityAddrVec.of(blankV2).pickMsgr2()).isEmpty();
  }

  @Test
  void printsAndParsesCephTextForm() {
    EntityAddrVec pair = EntityAddrVec.of(V2, V1);
    assertThat(pair).hasToString("[v2:127.0.0.1:3300/0,v1:127.0.0.1:6789/0]");
    assertThat(EntityAddrVec.parse("[v2:127.0.0.1:3300/0,v1:127.0.0.1:6789/0]")).isEqualTo(pair);
    assertThat(EntityAddrVec.of(V2)).hasToString("v2:127.0.0.1:3300/0");
    assertThat(EntityAddrVec.parse("v2:127.0.0.1:3300/0")).isEqualTo(EntityAddrVec.of(V2));
    assertThat(EntityAddrVec.parse("[v2:127.0.0.1:3300/0]")).isEqualTo(EntityAddrVec.of(V2));
    assertThat(EntityAddrVec.parse("[v2:[::1]:3300/0,v1:[::1]:6789/0]").addrs())
        .extracting(EntityAddr::toString)
        .containsExactly("v2:[::1]:3300/0", "v1:[::1]:6789/0");
  }

  @Test
  void aBracketedIpv6AddressAloneIsOneAddress() {
    assertThat(EntityAddrVec.parse("[::1]:3300/0"))
        .isEqualTo(EntityAddrVec.of(new EntityAddr(EntityAddr.TYPE_MSGR2, 0, socket("::1", 3300))));
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> EntityAddrVec.parse("[v2:127.0.0.1:3300/0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a closing ']'");
    assertThatThrownBy(() -> EntityAddrVec.parse("[v2:127.0.0.1:3300/0,]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntityAddrVec.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
