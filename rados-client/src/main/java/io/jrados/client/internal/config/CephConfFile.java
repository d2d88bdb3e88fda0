package io.jrados.client.internal.config;

import io.jrados.client.api.ClientConfigException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed {@code ceph.conf}: named sections of options, with the raw (not yet
 * metavariable-expanded) values exactly as Ceph's own parser would read them.
 *
 * <p>Option names are stored in Ceph's normal form (see {@link OptionNames#normalizeConfKey}), so
 * {@code mon host} and {@code mon_host} are the same option. A section that appears twice is
 * merged, and within a section the last assignment of an option wins, as in Ceph.
 */
public final class CephConfFile {
  /** Ceph refuses bigger files; so do we, before reading them into memory. */
  static final long MAX_FILE_BYTES = 0x40000000L;

  private final String source;
  private final Map<String, Map<String, String>> sections;

  CephConfFile(String source, Map<String, Map<String, String>> sections) {
    this.source = source;
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    sections.forEach((name, options) -> copy.put(name, Collections.unmodifiableMap(options)));
    this.sections = Collections.unmodifiableMap(copy);
  }

  /**
   * Parses conf text.
   *
   * @param source what to call the text in error messages, usually the file's path
   * @throws ClientConfigException naming the source and line if the text is not valid
   */
  public static CephConfFile parse(String source, String text) {
    return new ConfFileParser(source, text).parse();
  }

  /**
   * Reads and parses a file, which must be UTF-8 as Ceph requires.
   *
   * @throws NoSuchFileException if the file does not exist, so that a search list can move on
   * @throws ClientConfigException if it cannot be read or parsed
   */
  public static CephConfFile load(Path path) throws NoSuchFileException {
    String source = path.toString();
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new ClientConfigException(source + ": larger than Ceph's limit of 1 GiB");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ClientConfigException(source + ": cannot read: " + e.getMessage(), e);
    }
    return parse(source, decodeUtf8(source, bytes));
  }

  private static String decodeUtf8(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      // The decoder stops at the bad byte; count the lines before it to name the line.
      int line = 1;
      for (int i = 0; i < in.position() && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ClientConfigException(source + " line " + line + ": invalid UTF-8", e);
    }
  }

  /** The file's path or other name, as used in error messages. */
  public String source() {
    return source;
  }

  /** Every section heading, in the order first seen. */
  public Set<String> sectionNames() {
    return sections.keySet();
  }

  /** The raw value of an option in one section, if set there. */
  public Optional<String> get(String section, String option) {
    Map<String, String> options = sections.get(section);
    if (options == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(options.get(OptionNames.normalizeConfKey(option)));
  }

  /** The raw value from the first of the given sections that sets the option. */
  public Optional<String> lookup(List<String> searchOrder, String option) {
    for (String section : searchOrder) {
      Optional<String> value = get(section, option);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** Every option set in one section, names normalised; empty if there is no such section. */
  public Map<String, String> section(String section) {
    return sections.getOrDefault(section, Map.of());
  }

  /**
   * The sections an entity reads, most specific first, as Ceph's {@code get_my_sections}: its full
   * name ({@code client.admin}), its type ({@code client}), then {@code global}.
   */
  public static List<String> searchOrder(String entityName) {
    int dot = entityName.indexOf('.');
    String type = dot < 0 ? entityName : entityName.substring(0, dot);
    return List.of(entityName, type, "global");
  }

  /** Names the file and its sections; values are left out because some of them are keys. */
  @Override
  public String toString() {
    return "CephConfFile[" + source + ", sections=" + sections.keySet() + "]";
  }
}
