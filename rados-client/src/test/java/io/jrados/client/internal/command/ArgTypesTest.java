package io.jrados.client.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgTypesTest {
  private static ArgType type(String name, Map<String, String> params) {
    return ArgTypes.create(name, params);
  }

  @Test
  void goodcharsAllowOnlyTheirClassAndDashIsLiteral() throws Exception {
    ArgType profile = type("CephString", Map.of("goodchars", "[A-Za-z0-9-_.]"));
    assertThat(profile.check("a-b_c.9", false)).isEqualTo("a-b_c.9");
    assertThatThrownBy(() -> profile.check("a/b=c/", false))
        .hasMessage("invalid chars /= in a/b=c/");
    assertThat(profile.describe()).isEqualTo("<string(goodchars [A-Za-z0-9-_.])>");
  }

  @Test
  void plainStringsStillRefuseNonAsciiButTakeEmpty() throws Exception {
    ArgType plain = type("CephString", Map.of());
    assertThat(plain.check("", false)).isEqualTo("");
    assertThatThrownBy(() -> plain.check("naïve", false)).hasMessage("invalid chars ï in naïve");
  }

  @Test
  void ipAddressesFollowTheToolsRules() throws Exception {
    ArgType ip = type("CephIPAddr", Map.of());
    assertThat(ip.check("v1:10.0.0.1:6789", false)).isEqualTo("10.0.0.1:6789");
    assertThat(ip.check("[::1]:6789", false)).isEqualTo("[::1]:6789");
    assertThat(ip.check("fe80::1", false)).isEqualTo("fe80::1");
    assertThatThrownBy(() -> ip.check("10.0.0.01", false))
        .hasMessage("10.0.0.01: invalid IPv4 address");
    assertThatThrownBy(() -> ip.check("10.0.0.1:70000", false))
        .hasMessage("70000: invalid IPv4 port");
    assertThatThrownBy(() -> ip.check("[::1", false)).hasMessage("[::1 missing terminating ]");
    assertThatThrownBy(() -> ip.check("example.com", false))
        .hasMessage("example.com: invalid IPv4 address");
  }

  @Test
  void entityAddressesTakeANonce() throws Exception {
    ArgType addr = type("CephEntityAddr", Map.of());
    assertThat(addr.check("10.0.0.1:6800/42", false)).isEqualTo("10.0.0.1:6800/42");
    assertThatThrownBy(() -> addr.check("10.0.0.1/-1", false))
        .hasMessage("10.0.0.1/-1: invalid entity, nonce -1 not integer > 0");
  }

  @Test
  void namesAndOsdNames() throws Exception {
    ArgType name = type("CephName", Map.of());
    assertThat(name.check("client.admin", false)).isEqualTo("client.admin");
    assertThat(name.check("osd.*", false)).isEqualTo("osd.*");
    assertThat(name.check("mgr", false)).isEqualTo("mgr");
    assertThatThrownBy(() -> name.check("rgw.a", false)).hasMessage("unknown type rgw");
    assertThatThrownBy(() -> name.check("osd.a", false)).hasMessage("osd id a not integer");
    assertThatThrownBy(() -> name.check("admin", false)).hasMessage("CephName: no . in admin");
    ArgType osd = type("CephOsdName", Map.of());
    assertThat(osd.check("osd.12", false)).isEqualTo(12L);
    assertThat(osd.check("*", false)).isEqualTo("*");
    assertThatThrownBy(() -> osd.check("-1", false)).hasMessage("osd id -1 is less than 0");
  }

  @Test
  void uuidsAndFragments() throws Exception {
    ArgType uuid = type("CephUUID", Map.of());
    String braced = "{7BD5F9BF-3C1F-4C7B-A4AD-3B4A1C3C1A11}";
    assertThat(uuid.check(braced, false)).isEqualTo(braced);
    assertThat(uuid.check("urn:uuid:7bd5f9bf3c1f4c7ba4ad3b4a1c3c1a11", false)).isNotNull();
    assertThatThrownBy(() -> uuid.check("7bd5f9bf-3c1f-4c7b-a4ad-3b4a1c3c1zzz", false))
        .hasMessageStartingWith(
            "invalid UUID 7bd5f9bf-3c1f-4c7b-a4ad-3b4a1c3c1zzz: invalid literal");
    ArgType fragment = type("CephFragment", Map.of());
    assertThatThrownBy(() -> fragment.check("0x10", false)).hasMessage("0x10: no /");
    assertThatThrownBy(() -> fragment.check("10/2", false)).hasMessage("10 not a hex integer");
    assertThatThrownBy(() -> fragment.check("0x10/2", false))
        .hasMessage("can't convert 0x10 to integer");
  }

  @Test
  void choicesAcceptPrefixesOnlyWhenPartial() throws Exception {
    ArgType choices = type("CephChoices", Map.of("strings", "replicated|erasure"));
    assertThat(choices.check("rep", true)).isEqualTo("rep");
    assertThatThrownBy(() -> choices.check("rep", false))
        .hasMessage("rep not in replicated|erasure");
  }

  @Test
  void socketPathsMustBeSockets(@TempDir Path dir) throws Exception {
    ArgType socketPath = type("CephSocketpath", Map.of());
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> socketPath.check(file.toString(), false))
        .hasMessage("socket path " + file + " is not a socket");
    Path sock = dir.resolve("admin.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(sock));
      assertThat(socketPath.check(sock.toString(), false)).isEqualTo(sock.toString());
    }
  }

  @Test
  void filePathsBecomeAbsoluteAndMustBeUsable(@TempDir Path dir) throws Exception {
    ArgType filePath = type("CephFilepath", Map.of());
    Path created = dir.resolve("out.bin");
    assertThat(filePath.check(dir.resolve("sub/../out.bin").toString(), false))
        .isEqualTo(created.toString());
    assertThatThrownBy(() -> filePath.check(dir.resolve("missing/x").toString(), false))
        .hasMessage("cannot create file in " + dir.resolve("missing"));
  }

  @Test
  void unknownTypesAreRefused() {
    assertThatThrownBy(() -> type("CephNope", Map.of())).hasMessage("unknown type CephNope");
  }
}
