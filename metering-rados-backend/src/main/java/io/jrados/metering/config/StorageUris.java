package io.jrados.metering.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses and formats storage URIs with the Go SDK's rules: {@code localfs://host/path} means the
 * directory {@code /host/path}; for other schemes the authority is the bucket (pool) and the path
 * the prefix, which a {@code prefix} parameter overrides; SDK aliases map to one canonical name.
 */
final class StorageUris {
  static final String LOCALFS = "localfs";
  private static final String PREFIX = "prefix";
  private static final String SHARED_POOL_ID = "shared-pool-id";
  private static final Map<String, String> ALIASES =
      Map.of(
          "region", "region-id",
          "role-arn", "assume-role-arn",
          "force-path-style", "s3-force-path-style");

  private StorageUris() {}

  static String canonicalScheme(String scheme) {
    String lower = scheme.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "file" -> LOCALFS;
      case "azblob" -> "azure";
      default -> lower;
    };
  }

  static String canonicalParameterName(String name) {
    return ALIASES.getOrDefault(name, name);
  }

  static boolean isDedicatedParameter(String name) {
    return name.equals(PREFIX) || name.equals(SHARED_POOL_ID);
  }

  static StorageConfig parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("storage URI must not be empty");
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      // The reason and index only: the input itself may hold a key.
      throw new IllegalArgumentException(
          "invalid storage URI: " + e.getReason() + " at index " + e.getIndex());
    }
    if (uri.getScheme() == null || uri.isOpaque()) {
      throw new IllegalArgumentException(
          "storage URI needs a scheme and '//', e.g. localfs:///data or rados://pool/prefix");
    }
    StorageConfig.Builder builder = StorageConfig.builder().scheme(uri.getScheme());
    String scheme = canonicalScheme(uri.getScheme());
    String authority = uri.getRawAuthority() == null ? "" : decode(uri.getRawAuthority());
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (scheme.equals(LOCALFS)) {
      builder.basePath(localBasePath(authority, path));
    } else {
      builder.bucket(authority);
      builder.prefix(path.startsWith("/") ? path.substring(1) : path);
    }
    for (Map.Entry<String, String> p : parseQuery(uri.getRawQuery()).entrySet()) {
      switch (p.getKey()) {
        case PREFIX -> builder.prefix(p.getValue());
        case SHARED_POOL_ID -> builder.sharedPoolId(p.getValue());
        default -> builder.parameter(p.getKey(), p.getValue());
      }
    }
    return builder.build();
  }

  /** The SDK's rule: a host is the first directory of an absolute path. */
  private static String localBasePath(String host, String path) {
    if (host.isEmpty()) {
      return path;
    }
    String rest = path.startsWith("/") ? path.substring(1) : path;
    return rest.isEmpty() ? "/" + host : "/" + host + "/" + rest;
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> result = new TreeMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = canonicalParameterName(decode(eq < 0 ? pair : pair.substring(0, eq)));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (result.put(name, value) != null) {
        throw new IllegalArgumentException("storage URI repeats the parameter '" + name + "'");
      }
    }
    return result;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("storage URI has a malformed %-escape");
    }
  }

  static String format(StorageConfig config, boolean maskSecrets) {
    StringBuilder uri = new StringBuilder(config.scheme()).append("://");
    Map<String, String> query = new TreeMap<>(config.parameters());
    config.sharedPoolId().ifPresent(id -> query.put(SHARED_POOL_ID, id));
    if (config.scheme().equals(LOCALFS)) {
      config.basePath().ifPresent(p -> uri.append(encode(p.startsWith("/") ? p : "/" + p, true)));
      config.prefix().ifPresent(p -> query.put(PREFIX, p));
    } else {
      config.bucket().ifPresent(b -> uri.append(encode(b, false)));
      config.prefix().ifPresent(p -> uri.append('/').append(encode(p, true)));
    }
    String separator = "?";
    for (Map.Entry<String, String> p : query.entrySet()) {
      String value =
          maskSecrets && SecretParameters.isSecret(p.getKey())
              ? SecretParameters.MASK
              : p.getValue();
      uri.append(separator).append(encode(p.getKey(), false)).append('=');
      uri.append(maskSecrets && value.equals(SecretParameters.MASK) ? value : encode(value, false));
      separator = "&";
    }
    return uri.toString();
  }

  /** Percent-encodes all but RFC 3986 unreserved characters (and '/' in paths). */
  private static String encode(String value, boolean keepSlash) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '~'
              || (keepSlash && c == '/');
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
