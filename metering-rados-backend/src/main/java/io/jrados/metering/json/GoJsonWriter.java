package io.jrados.metering.json;

import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MeteringPage;
import io.jrados.metering.model.MeteringValue;
import io.jrados.metering.storage.StorageKeys;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON byte for byte as Go's {@code encoding/json.Marshal} (Go 1.22 and later) does for the
 * SDK's types: compact, struct fields in declaration order, map keys sorted bytewise, HTML
 * characters escaped ({@code <>&} as {@code \u003c} etc.; the SDK never calls {@code
 * SetEscapeHTML(false)}), U+2028/U+2029 escaped, and numbers formatted by Go's rules.
 *
 * <p>Exact equality matters twice: the files must equal the SDK's, and the SDK paginates by the
 * encoded size of each record.
 */
public final class GoJsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder();

  private GoJsonWriter() {}

  /** The encoding of one metering record (a logical cluster's map). */
  public static byte[] record(Map<String, Object> record) {
    GoJsonWriter w = new GoJsonWriter();
    w.value(record);
    return w.bytes();
  }

  /** The encoding of a metering file's body. */
  public static byte[] page(MeteringPage page) {
    GoJsonWriter w = new GoJsonWriter();
    w.out.append("{\"timestamp\":").append(page.timestamp());
    w.out.append(",\"category\":");
    w.string(page.category());
    w.out.append(",\"self_id\":");
    w.string(page.selfId());
    w.out.append(",\"shared_pool_id\":");
    w.string(page.sharedPoolId());
    w.out.append(",\"part\":").append(page.part());
    w.out.append(",\"data\":");
    w.value(page.data());
    w.out.append('}');
    return w.bytes();
  }

  /** The encoding of a meta file's body. */
  public static byte[] meta(MetaData meta) {
    GoJsonWriter w = new GoJsonWriter();
    w.out.append("{\"cluster_id\":");
    w.string(meta.clusterId());
    w.out.append(",\"type\":");
    w.string(meta.type().wireName());
    if (!meta.category().isEmpty()) { // `json:"category,omitempty"`
      w.out.append(",\"category\":");
      w.string(meta.category());
    }
    w.out.append(",\"modify_ts\":").append(meta.modifyTs());
    w.out.append(",\"metadata\":");
    w.value(meta.metadata());
    w.out.append('}');
    return w.bytes();
  }

  private byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void value(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Double d) {
      out.append(GoFloatFormat.format(d, 64));
    } else if (value instanceof Float f) {
      out.append(GoFloatFormat.format(f, 32));
    } else if (value instanceof MeteringValue mv) {
      out.append("{\"value\":").append(mv.value()).append(",\"unit\":");
      string(mv.unit());
      out.append('}');
    } else if (value instanceof Map<?, ?> map) {
      object(map);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot encode " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map) {
    List<String> keys = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      keys.add((String) key);
    }
    keys.sort(StorageKeys::compare); // code point order = Go's bytewise order of UTF-8 keys
    out.append('{');
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(keys.get(i));
      out.append(':');
      value(map.get(keys.get(i)));
    }
    out.append('}');
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c);
        default -> {
          if (c < 0x20) {
            unicodeEscape(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // Go replaces invalid UTF-8 with U+FFFD; a lone surrogate is Java's invalid text.
            out.append("\\ufffd");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void unicodeEscape(char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
