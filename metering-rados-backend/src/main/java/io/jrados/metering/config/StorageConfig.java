package io.jrados.metering.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where metering data lives: an immutable, scheme-neutral form of a storage URI or config file.
 *
 * <p>The scheme picks the provider ({@code localfs}, {@code rados}, or any scheme a provider jar
 * registers). {@code bucket} is the URI authority (the pool for {@code rados}), {@code basePath}
 * the local directory for {@code localfs}; {@code prefix} and {@code sharedPoolId} are the SDK's
 * shared parameters; every other query parameter sits in {@link #parameters()} for the provider to
 * read. {@link #toString()} masks credentials (see {@link SecretParameters}).
 */
public final class StorageConfig {
  /** The environment variable read by {@link #fromEnvironment}. The Go SDK defines none. */
  public static final String URI_ENVIRONMENT_VARIABLE = "METERING_STORAGE_URI";

  private final String scheme;
  private final String bucket;
  private final String basePath;
  private final String prefix;
  private final String sharedPoolId;
  private final SortedMap<String, String> parameters;

  private StorageConfig(Builder builder) {
    if (builder.scheme == null || builder.scheme.isEmpty()) {
      throw new IllegalArgumentException("storage scheme must be set");
    }
    this.scheme = StorageUris.canonicalScheme(builder.scheme);
    this.bucket = emptyToNull(builder.bucket);
    this.basePath = absoluteLocalPath(scheme, emptyToNull(builder.basePath));
    this.prefix = emptyToNull(builder.prefix);
    this.sharedPoolId = emptyToNull(builder.sharedPoolId);
    this.parameters = Collections.unmodifiableSortedMap(new TreeMap<>(builder.parameters));
  }

  /** Parses a storage URI such as {@code localfs:///data?create-dirs=true}. */
  public static StorageConfig parse(String uri) {
    return StorageUris.parse(uri);
  }

  /**
   * The config named by {@link #URI_ENVIRONMENT_VARIABLE} in {@code environment}, if set and not
   * blank.
   */
  public static Optional<StorageConfig> fromEnvironment(Map<String, String> environment) {
    String uri = environment.get(URI_ENVIRONMENT_VARIABLE);
    return uri == null || uri.isBlank() ? Optional.empty() : Optional.of(parse(uri.strip()));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.scheme = scheme;
    b.bucket = bucket;
    b.basePath = basePath;
    b.prefix = prefix;
    b.sharedPoolId = sharedPoolId;
    b.parameters.putAll(parameters);
    return b;
  }

  /** The URI form; parameters in sorted key order, so equal configs give equal strings. */
  public String toUri() {
    return StorageUris.format(this, false);
  }

  /** Canonical, lower-case scheme ({@code file} becomes {@code localfs}). */
  public String scheme() {
    return scheme;
  }

  /** The URI authority: the bucket for object stores, the pool for {@code rados}. */
  public Optional<String> bucket() {
    return Optional.ofNullable(bucket);
  }

  /** The local directory of a {@code localfs} config. */
  public Optional<String> basePath() {
    return Optional.ofNullable(basePath);
  }

  /** The key prefix the provider applies to every call. */
  public Optional<String> prefix() {
    return Optional.ofNullable(prefix);
  }

  /** The SDK's {@code shared-pool-id}: the default shared pool of metering writers. */
  public Optional<String> sharedPoolId() {
    return Optional.ofNullable(sharedPoolId);
  }

  /** Every other parameter, by its URI name, in sorted order. */
  public SortedMap<String, String> parameters() {
    return parameters;
  }

  /** One parameter by its URI name. */
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StorageConfig other && toUri().equals(other.toUri());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toUri());
  }

  /** The URI with every credential replaced by {@code ***}. */
  @Override
  public String toString() {
    return StorageUris.format(this, true);
  }

  /**
   * A URI can only name an absolute directory ({@code localfs:///x}), so a relative base path from
   * a builder or config file is resolved now, against the working directory, to round-trip.
   */
  private static String absoluteLocalPath(String scheme, String path) {
    if (path == null || !scheme.equals(StorageUris.LOCALFS)) {
      return path;
    }
    return Path.of(path).toAbsolutePath().normalize().toString();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Mutable builder of {@link StorageConfig}. */
  public static final class Builder {
    private String scheme;
    private String bucket;
    private String basePath;
    private String prefix;
    private String sharedPoolId;
    private final SortedMap<String, String> parameters = new TreeMap<>();

    private Builder() {}

    /** Sets the scheme, e.g. {@code localfs} or {@code rados}. */
    public Builder scheme(String value) {
      this.scheme = value;
      return this;
    }

    /** Sets the URI authority (the pool for {@code rados}). */
    public Builder bucket(String value) {
      this.bucket = value;
      return this;
    }

    /** Sets the {@code localfs} base directory. */
    public Builder basePath(String value) {
      this.basePath = value;
      return this;
    }

    /** Sets the provider key prefix. */
    public Builder prefix(String value) {
      this.prefix = value;
      return this;
    }

    /** Sets the default shared pool id of metering writers. */
    public Builder sharedPoolId(String value) {
      this.sharedPoolId = value;
      return this;
    }

    /**
     * Sets a provider parameter by its URI name; SDK aliases such as {@code region} are stored
     * under their canonical name. A null or empty value removes it.
     */
    public Builder parameter(String name, String value) {
      String canonical = StorageUris.canonicalParameterName(name);
      if (StorageUris.isDedicatedParameter(canonical)) {
        throw new IllegalArgumentException(
            "'" + canonical + "' has its own builder method, not parameter()");
      }
      if (value == null || value.isEmpty()) {
        parameters.remove(canonical);
      } else {
        parameters.put(canonical, value);
      }
      return this;
    }

    /** Builds the immutable config. */
    public StorageConfig build() {
      return new StorageConfig(this);
    }
  }
}
