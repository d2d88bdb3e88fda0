package io.jrados.testcluster.internal;

import io.jrados.testcluster.CephTestClusterException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes cephx secrets and keyring files the way {@code ceph-authtool --gen-key} does, so the
 * bootstrap needs no extra process per key.
 */
public final class CephxKeys {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]+)\\]\\s*$");
  private static final Pattern KEY = Pattern.compile("^\\s*key\\s*=\\s*(\\S+)\\s*$");

  private CephxKeys() {}

  /**
   * A new AES secret in keyring form: base64 of Ceph's CryptoKey encoding, which is le16 type (1 =
   * AES), utime created (le32 sec, le32 nsec), le16 length (16), then the 16 key bytes.
   */
  public static String newSecret() {
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    Instant now = Instant.now();
    ByteBuffer b = ByteBuffer.allocate(2 + 8 + 2 + 16).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 1);
    b.putInt((int) now.getEpochSecond());
    b.putInt(now.getNano());
    b.putShort((short) 16);
    b.put(key);
    return Base64.getEncoder().encodeToString(b.array());
  }

  /**
   * Renders one keyring entry.
   *
   * @param caps service to capability string, e.g. "mon" to "allow *"
   */
  public static String entry(String entity, String secret, Map<String, String> caps) {
    StringBuilder s = new StringBuilder();
    s.append('[').append(entity).append("]\n");
    s.append("\tkey = ").append(secret).append('\n');
    caps.forEach(
        (svc, cap) -> s.append("\tcaps ").append(svc).append(" = \"").append(cap).append("\"\n"));
    return s.toString();
  }

  /** Reads entity name to secret from a keyring file. */
  public static Map<String, String> read(Path keyring) {
    Map<String, String> keys = new LinkedHashMap<>();
    String section = null;
    try {
      for (String line : Files.readAllLines(keyring, StandardCharsets.UTF_8)) {
        Matcher m = SECTION.matcher(line);
        if (m.matches()) {
          section = m.group(1).trim();
          continue;
        }
        Matcher k = KEY.matcher(line);
        if (section != null && k.matches()) {
          keys.put(section, k.group(1));
        }
      }
    } catch (IOException e) {
      throw new CephTestClusterException("cannot read keyring " + keyring + ": " + e, e);
    }
    return keys;
  }
}
