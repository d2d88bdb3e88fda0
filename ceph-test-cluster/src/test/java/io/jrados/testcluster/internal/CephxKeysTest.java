package io.jrados.testcluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CephxKeysTest {

  @Test
  void secretIsAnAesCryptoKeyEncoding() {
    byte[] raw = Base64.getDecoder().decode(CephxKeys.newSecret());
    assertThat(raw).hasSize(28);
    ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getShort()).isEqualTo((short) 1); // AES
    assertThat(b.getInt()).isGreaterThan(1_600_000_000); // created, seconds
    b.getInt();
    assertThat(b.getShort()).isEqualTo((short) 16);
    assertThat(CephxKeys.newSecret()).isNotEqualTo(CephxKeys.newSecret());
  }

  @Test
  void keyringEntriesReadBack(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("keyring");
    Files.writeString(
        f,
        CephxKeys.entry("mon.", "AAA=", Map.of("mon", "allow *"))
            + CephxKeys.entry("client.admin", "BBB=", Map.of()));
    assertThat(CephxKeys.read(f))
        .containsEntry("mon.", "AAA=")
        .containsEntry("client.admin", "BBB=");
    assertThat(Files.readString(f)).contains("\tcaps mon = \"allow *\"");
  }
}
