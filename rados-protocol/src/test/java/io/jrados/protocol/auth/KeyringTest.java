package io.jrados.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.encoding.EntityName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTest {
  private static final String ADMIN = CryptoKeyTest.BASE64;
  private static final String MON = "AQBD8wJrKtJbEhAASeQj+QSQwLN64amnldd+wQ==";

  @Test
  void readsKeysAndIgnoresCapsAndComments(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ceph.keyring");
    Files.writeString(
        file,
        "# written by a test\n"
            + "; another comment style\n"
            + "[mon.]\n"
            + "\tkey = "
            + MON
            + "\n"
            + "\tcaps mon = \"allow *\"\n"
            + "\n"
            + "[client.admin]\r\n"
            + "    key = \""
            + ADMIN
            + "\"   # inline comment\r\n"
            + "    caps osd = \"allow *\"\r\n"
            + "[client.nokey]\n"
            + "    caps mon = \"allow r\"\n");

    Keyring keyring = Keyring.load(file);

    assertThat(keyring.keys()).hasSize(2);
    assertThat(keyring.get(EntityName.parse("client.admin"))).contains(CryptoKey.fromBase64(ADMIN));
    assertThat(keyring.get(new EntityName(EntityName.TYPE_MON, "")))
        .contains(CryptoKey.fromBase64(MON));
    assertThat(keyring.get(EntityName.parse("client.nokey"))).isEmpty();
    assertThat(keyring.toString())
        .isEqualTo("Keyring[mon., client.admin]")
        .doesNotContain(ADMIN.substring(0, 10));
  }

  @Test
  void aBadKeyNamesTheFileAndLineButNotTheKey() {
    String broken = ADMIN.substring(0, 20) + "!" + ADMIN.substring(21);

    assertThatThrownBy(
            () -> Keyring.parse("[client.admin]\n\nkey = " + broken + "\n", "my.keyring"))
        .isInstanceOf(KeyringFormatException.class)
        .hasMessage("my.keyring:3: bad key for client.admin: secret key is not valid base64")
        .satisfies(e -> assertThat(((KeyringFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void structuralErrorsNameTheLine() {
    assertThatThrownBy(() -> Keyring.parse("key = " + ADMIN, "k"))
        .hasMessage("k:1: setting before any [entity] section")
        .hasMessageNotContaining(ADMIN.substring(0, 10));
    assertThatThrownBy(() -> Keyring.parse(ADMIN, "k"))
        .isInstanceOf(KeyringFormatException.class)
        .hasMessageNotContaining(ADMIN.substring(0, 10));
    assertThatThrownBy(() -> Keyring.parse("[client.admin\n", "k"))
        .hasMessage("k:1: section header has no closing ']'");
    assertThatThrownBy(() -> Keyring.parse("[bogus.x]\n", "k"))
        .isInstanceOf(KeyringFormatException.class)
        .hasMessageStartingWith("k:1: unknown entity type 'bogus'");
    assertThatThrownBy(() -> Keyring.parse("[client.a]\nnonsense\n", "k"))
        .hasMessage("k:2: expected 'name = value' or '[entity]'");
    assertThatThrownBy(() -> Keyring.parse("[client.a]\n[client.a]\n", "k"))
        .hasMessage("k:2: section [client.a] repeats");
    assertThatThrownBy(
            () -> Keyring.parse("[client.a]\nkey = " + ADMIN + "\nkey = " + MON + "\n", "k"))
        .hasMessage("k:3: second key for client.a");
    assertThatThrownBy(() -> Keyring.parse("[client.a]\nkey = \"\"\n", "k"))
        .hasMessage("k:2: empty key for client.a");
  }

  @Test
  void refusesAFileTooBigToBeAKeyring(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge");
    Files.write(file, new byte[(1 << 20) + 1]);

    assertThatThrownBy(() -> Keyring.load(file))
        .isInstanceOf(KeyringFormatException.class)
        .hasMessageContaining("1048577 bytes");
  }
}
