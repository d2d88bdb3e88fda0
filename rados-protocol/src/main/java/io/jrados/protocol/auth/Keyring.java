package io.jrados.protocol.auth;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.EntityName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secrets of a Ceph keyring file, by entity.
 *
 * <p>The format is the INI-like one {@code ceph auth get-or-create} writes:
 *
 * <pre>
 * [client.admin]
 *     key = AQBD8wJrkxBlEhAAFVWibj2p4CfqSTY/SuAkGA==
 *     caps mon = "allow *"
 * </pre>
 *
 * <p>Lines starting with {@code #} or {@code ;} are comments, as is anything after one of those
 * characters on a {@code key} line (base64 contains neither). Caps and other settings are ignored:
 * a client has no use for them, the monitors enforce caps. A section without a {@code key} line is
 * left out.
 *
 * <p>Errors name the file and line but never the key text. {@link #toString()} lists entity names
 * only.
 */
public final class Keyring {
  /** Far more than any keyring needs; a bigger file is the wrong file. */
  private static final long MAX_FILE_SIZE = 1 << 20;

  private final Map<EntityName, CryptoKey> keys;

  private Keyring(Map<EntityName, CryptoKey> keys) {
    this.keys = Collections.unmodifiableMap(keys);
  }

  /**
   * Reads and parses a keyring file.
   *
   * @throws KeyringFormatException if the file is malformed or larger than 1 MiB
   */
  public static Keyring load(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_SIZE) {
      throw new KeyringFormatException(
          file.toString(), 1, "file is " + size + " bytes; a keyring is at most " + MAX_FILE_SIZE);
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses keyring text.
   *
   * @param source names the text in error messages, typically the file's path
   * @throws KeyringFormatException if the text is malformed
   */
  public static Keyring parse(String text, String source) {
    Map<EntityName, CryptoKey> keys = new LinkedHashMap<>();
    Set<EntityName> seen = new HashSet<>();
    EntityName section = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = sectionName(line, source, lineNo);
        if (!seen.add(section)) {
          throw new KeyringFormatException(source, lineNo, "section [" + section + "] repeats");
        }
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new KeyringFormatException(source, lineNo, "expected 'name = value' or '[entity]'");
      }
      String name = line.substring(0, eq).strip();
      if (section == null) {
        // The setting is not echoed: a pasted bare key ("AQ...==") would show up as its name.
        throw new KeyringFormatException(source, lineNo, "setting before any [entity] section");
      }
      if (!name.equals("key")) {
        continue;
      }
      if (keys.containsKey(section)) {
        throw new KeyringFormatException(source, lineNo, "second key for " + section);
      }
      keys.put(section, parseKey(line.substring(eq + 1), section, source, lineNo));
    }
    return new Keyring(keys);
  }

  /** The key of {@code entity}, if the keyring has one. */
  public Optional<CryptoKey> get(EntityName entity) {
    return Optional.ofNullable(keys.get(entity));
  }

  /** Every entity with a key, in file order, and its key. */
  public Map<EntityName, CryptoKey> keys() {
    return keys;
  }

  /** The entity names only. */
  @Override
  public String toString() {
    return "Keyring" + keys.keySet();
  }

  private static EntityName sectionName(String line, String source, int lineNo) {
    if (!line.endsWith("]")) {
      throw new KeyringFormatException(source, lineNo, "section header has no closing ']'");
    }
    String name = line.substring(1, line.length() - 1).strip();
    try {
      if (name.endsWith(".")) {
        // "[mon.]", the monitors' shared key, has an empty id, which EntityName.parse refuses
        // because no client may be called that. Parse the type with a stand-in id.
        return new EntityName(EntityName.parse(name + "_").type(), "");
      }
      return EntityName.parse(name);
    } catch (IllegalArgumentException e) {
      throw new KeyringFormatException(source, lineNo, e.getMessage());
    }
  }

  private static CryptoKey parseKey(String value, EntityName entity, String source, int lineNo) {
    String text = value;
    int comment = indexOfComment(text);
    if (comment >= 0) {
      text = text.substring(0, comment);
    }
    text = text.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    if (text.isEmpty()) {
      throw new KeyringFormatException(source, lineNo, "empty key for " + entity);
    }
    try {
      return CryptoKey.fromBase64(text);
    } catch (ProtocolException e) {
      // CryptoKey's messages never include the key text, so they are safe to pass on.
      throw new KeyringFormatException(
          source, lineNo, "bad key for " + entity + ": " + e.getMessage());
    }
  }

  private static int indexOfComment(String text) {
    int hash = text.indexOf('#');
    int semicolon = text.indexOf(';');
    if (hash < 0) {
      return semicolon;
    }
    return semicolon < 0 ? hash : Math.min(hash, semicolon);
  }
}
