package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.assertEveryTruncationFails;
import static io.jrados.protocol.encoding.Wire.decode;
import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.encode;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class EntityAddrTest {
  /** v2:127.0.0.1:3300/0 in the current form. */
  static final String V2_LOCALHOST =
      "01" // marker
          + "01 01 1c000000" // struct v1, compat 1, 28 bytes
          + "02000000" // type MSGR2
          + "00000000" // nonce
          + "10000000" // sockaddr_len 16
          + "0200" // AF_INET, little-endian
          + "0ce4" // port 3300, big-endian
          + "7f000001" // 127.0.0.1
          + "0000000000000000"; // sin_zero

  /** v1:[::1]:6789/7 in the current form. */
  private static final String V1_IPV6_LOOPBACK =
      "01 01 01 28000000 01000000 07000000 1c000000"
          + "0a00" // AF_INET6, little-endian
          + "1a85" // port 6789
          + "00000000" // flow label
          + "00000000000000000000000000000001" // ::1
          + "00000000"; // scope id

  /** v1:10.0.0.1:6789/42 in the legacy form: a 128-byte sockaddr_storage, family big-endian. */
  private static final String LEGACY_V1 =
      "00 000000" + "2a000000" + "0002" + "1a85" + "0a000001" + "00".repeat(120);

  @Test
  void encodesIpv4ExactlyAsCephAndTheKernelDo() {
    EntityAddr addr = new EntityAddr(EntityAddr.TYPE_MSGR2, 0, socket("127.0.0.1", 3300));
    assertThat(hex(encode(addr::encode))).isEqualTo(V2_LOCALHOST.replace(" ", ""));
    assertThat(decodeAll(hex(V2_LOCALHOST), EntityAddr::decode)).isEqualTo(addr);
  }

  @Test
  void encodesIpv6WithA28ByteSockaddr() {
    EntityAddr addr = new EntityAddr(EntityAddr.TYPE_LEGACY, 7, socket("::1", 6789));
    assertThat(hex(encode(addr::encode))).isEqualTo(V1_IPV6_LOOPBACK.replace(" ", ""));
    assertThat(decodeAll(hex(V1_IPV6_LOOPBACK), EntityAddr::decode)).isEqualTo(addr);
  }

  @Test
  void encodesABlankAddressAsAZeroSockaddrOfUnionSize() {
    EntityAddr blank = new EntityAddr(EntityAddr.TYPE_ANY, 0x12345678, null);
    String expected = "01 01 01 28000000 03000000 78563412 1c000000 0000" + "00".repeat(26);
    assertThat(hex(encode(blank::encode))).isEqualTo(expected.replace(" ", ""));
    assertThat(decodeAll(hex(expected), EntityAddr::decode)).isEqualTo(blank);
    assertThat(blank.isBlankIp()).isTrue();
  }

  @Test
  void decodesAZeroLengthSockaddrAsBlank() {
    EntityAddr addr =
        decodeAll(hex("01 01 01 0c000000 02000000 05000000 00000000"), EntityAddr::decode);
    assertThat(addr).isEqualTo(new EntityAddr(EntityAddr.TYPE_MSGR2, 5, null));
  }

  @Test
  void decodesTheLegacyForm() {
    EntityAddr addr = decodeAll(hex(LEGACY_V1), EntityAddr::decode);
    assertThat(addr)
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_LEGACY, 42, socket("10.0.0.1", 6789)));
    EntityAddr blank = decodeAll(hex("00 000000 00000000" + "00".repeat(128)), EntityAddr::decode);
    assertThat(blank).isEqualTo(new EntityAddr(EntityAddr.TYPE_NONE, 0, null));
  }

  @Test
  void skipsFieldsANewerEncoderAppendsToTheStruct() {
    String newer =
        "01 02 01 20000000 02000000 00000000 10000000 0200 0ce4 7f000001 0000000000000000"
            + "deadbeef";
    assertThat(decodeAll(hex(newer), EntityAddr::decode))
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_MSGR2, 0, socket("127.0.0.1", 3300)));
  }

  @Test
  void acceptsAShortSockaddrAndZeroFillsTheRest() {
    String shortIpv4 = "01 01 01 14000000 02000000 00000000 08000000 0200 0ce4 7f000001";
    assertThat(decodeAll(hex(shortIpv4), EntityAddr::decode)).hasToString("v2:127.0.0.1:3300/0");
  }

  @Test
  void rejectsMalformedAddresses() {
    assertThatThrownBy(() -> decode(hex("05"), EntityAddr::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("entity_addr_t: marker 5 at offset 0, expected 1 (or 0 for the legacy form)");
    assertThatThrownBy(() -> decode(hex("01 02 02 00000000"), EntityAddr::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("struct entity_addr_t: compat version 2 > supported 1");
    assertThatThrownBy(
            () ->
                decode(hex("01 01 01 0d000000 02000000 00000000 01000000 00"), EntityAddr::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("entity_addr_t: sockaddr_len 1 at offset 15 cannot hold the address family");
    assertThatThrownBy(
            () ->
                decode(
                    hex("01 01 01 28000000 02000000 00000000 1c000000 0200" + "00".repeat(26)),
                    EntityAddr::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("entity_addr_t: sockaddr_len 28 at offset 15 exceeds 16 for address family 2");
    assertThatThrownBy(
            () ->
                decode(
                    hex("01 01 01 1c000000 02000000 00000000 10000000 0100" + "00".repeat(14)),
                    EntityAddr::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("entity_addr_t: unsupported address family 1 at offset 19");
    assertThatThrownBy(
            () -> decode(hex("00 000000 00000000 0001" + "00".repeat(126)), EntityAddr::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("entity_addr_t: unsupported address family 1 at offset 8");
  }

  @Test
  void aSockaddrLengthPastTheStructIsTruncation() {
    assertThatThrownBy(
            () ->
                decode(
                    hex(
                        "01 01 01 0e000000 02000000 00000000 10000000 0200 0ce4 7f000001"
                            + "00".repeat(8)),
                    EntityAddr::decode))
        .isInstanceOf(TruncatedInputException.class)
        .hasMessageContaining("in struct entity_addr_t");
  }

  @Test
  void truncatedInputFailsAtEveryLength() {
    assertEveryTruncationFails(hex(V2_LOCALHOST), EntityAddr::decode);
    assertEveryTruncationFails(hex(V1_IPV6_LOOPBACK), EntityAddr::decode);
    assertEveryTruncationFails(hex(LEGACY_V1), EntityAddr::decode);
  }

  @Test
  void keepsIpv4MappedAddressesAsIpv6() {
    EntityAddr mapped = EntityAddr.parse("v2:[::ffff:1.2.3.4]:3300/0");
    assertThat(mapped.socketAddress().getAddress()).isInstanceOf(Inet6Address.class);
    byte[] bytes = encode(mapped::encode);
    assertThat(hex(bytes)).contains("1c000000" + "0a00");
    EntityAddr back = decodeAll(bytes, EntityAddr::decode);
    assertThat(back.socketAddress().getAddress()).isInstanceOf(Inet6Address.class);
    assertThat(back).isEqualTo(mapped).hasToString("v2:[::ffff:1.2.3.4]:3300/0");
  }

  @Test
  void carriesTheIpv6ScopeIdLittleEndian() throws UnknownHostException {
    byte[] linkLocal = hex("fe800000000000000000000000000001");
    InetSocketAddress scoped =
        new InetSocketAddress(Inet6Address.getByAddress(null, linkLocal, 5), 3300);
    EntityAddr addr = new EntityAddr(EntityAddr.TYPE_MSGR2, 0, scoped);
    byte[] bytes = encode(addr::encode);
    assertThat(hex(bytes)).endsWith("fe800000000000000000000000000001" + "05000000");
    Inet6Address back =
        (Inet6Address) decodeAll(bytes, EntityAddr::decode).socketAddress().getAddress();
    assertThat(back.getScopeId()).isEqualTo(5);
  }

  @Test
  void printsCephTextForm() {
    assertThat(new EntityAddr(EntityAddr.TYPE_MSGR2, 0, socket("127.0.0.1", 3300)))
        .hasToString("v2:127.0.0.1:3300/0");
    assertThat(new EntityAddr(EntityAddr.TYPE_LEGACY, 42, socket("::1", 6789)))
        .hasToString("v1:[::1]:6789/42");
    assertThat(new EntityAddr(EntityAddr.TYPE_ANY, -1, socket("10.0.0.1", 0)))
        .hasToString("any:10.0.0.1:0/4294967295");
    assertThat(new EntityAddr(EntityAddr.TYPE_NONE, 3, socket("10.0.0.1", 1))).hasToString("-");
    assertThat(new EntityAddr(EntityAddr.TYPE_ANY, 5, null))
        .hasToString("any:(unrecognized address family 0)/5");
  }

  @Test
  void parsesCephTextForm() {
    assertThat(EntityAddr.parse("v2:127.0.0.1:3300/0"))
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_MSGR2, 0, socket("127.0.0.1", 3300)));
    assertThat(EntityAddr.parse("v1:[::1]:6789/42"))
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_LEGACY, 42, socket("::1", 6789)));
    assertThat(EntityAddr.parse("any:10.0.0.1:0/4294967295"))
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_ANY, -1, socket("10.0.0.1", 0)));
    assertThat(EntityAddr.parse("10.0.0.1:6789"))
        .as("no prefix means v2 and no nonce means 0, as in Ceph")
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_MSGR2, 0, socket("10.0.0.1", 6789)));
    assertThat(EntityAddr.parse("v1:10.0.0.1"))
        .isEqualTo(new EntityAddr(EntityAddr.TYPE_LEGACY, 0, socket("10.0.0.1", 0)));
    assertThat(EntityAddr.parse("fe80::2/9")).hasToString("v2:[fe80::2]:0/9");
    assertThat(EntityAddr.parse("-")).isEqualTo(new EntityAddr(EntityAddr.TYPE_NONE, 0, null));
  }

  @Test
  void textRoundTrips() {
    for (String text :
        new String[] {
          "v2:127.0.0.1:3300/0",
          "v1:10.1.2.3:6789/123456",
          "any:0.0.0.0:0/1",
          "v2:[2001:db8::1]:3300/0",
          "v1:[::]:6789/4294967295",
          "-"
        }) {
      assertThat(EntityAddr.parse(text)).hasToString(text);
    }
  }

  @Test
  void rejectsMalformedText() {
    for (String text :
        new String[] {
          "v2:1.2.3:3300/0",
          "v2:256.0.0.1:1/0",
          "v2:01.2.3.4:1/0",
          "v2:1.2.3.4:65536/0",
          "v2:1.2.3.4:/0",
          "v2:1.2.3.4:80/abc",
          "v2:1.2.3.4:80/4294967296",
          "v2:[::1:3300/0",
          "v2:[::1]x/0",
          "v2:localhost:3300/0",
          "v3:1.2.3.4:1/0",
          ""
        }) {
      assertThatThrownBy(() -> EntityAddr.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("bad entity address '" + text + "'");
    }
  }

  @Test
  void blankIpMeansNoAddressOrTheWildcard() {
    assertThat(EntityAddr.parse("v2:0.0.0.0:3300/0").isBlankIp()).isTrue();
    assertThat(EntityAddr.parse("v2:[::]:3300/0").isBlankIp()).isTrue();
    assertThat(EntityAddr.parse("v2:10.0.0.1:3300/0").isBlankIp()).isFalse();
  }

  @Test
  void typeValuesMatchCeph() {
    assertThat(
            new int[] {
              EntityAddr.TYPE_NONE,
              EntityAddr.TYPE_LEGACY,
              EntityAddr.TYPE_MSGR2,
              EntityAddr.TYPE_ANY
            })
        .containsExactly(0, 1, 2, 3);
  }

  static InetSocketAddress socket(String ipLiteral, int port) {
    try {
      // A literal, so no name lookup happens.
      return new InetSocketAddress(InetAddress.getByName(ipLiteral), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
