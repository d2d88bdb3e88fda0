package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mon to client ({@link MessageType#CONFIG}): the configuration options the mons' config database
 * holds for this client, sent after a {@code "config"} subscription and again on every change.
 *
 * <p>Front, header version 1, compat 1: {@code map<string name, string value>}. No data segment.
 *
 * @param options option values by option name
 */
public record MConfig(SortedMap<String, String> options) implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 1;

  /** Each entry: two strings of at least 4 bytes each. */
  private static final int MIN_ENTRY_SIZE = 4 + 4;

  /** Copies the options into an unmodifiable map sorted by name. */
  public MConfig {
    options = Collections.unmodifiableSortedMap(new TreeMap<>(options));
  }

  @Override
  public int type() {
    return MessageType.CONFIG;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; every header version has the same layout. */
  public static MConfig decode(CephDecoder decoder, int headerVersion) {
    return new MConfig(
        new TreeMap<>(decoder.map(MIN_ENTRY_SIZE, CephDecoder::string, CephDecoder::string)));
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.map(options, (k, e) -> e.string(k), (v, e) -> e.string(v));
  }
}
