package io.jrados.testcluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What cluster to start: how many daemons, which extra {@code ceph.conf} options, where its data
 * lives. Immutable; build one with {@link #builder()}.
 */
public final class CephClusterSpec {

  /** Ceph caps a monmap at far more, but quorum tests never need more than five. */
  public static final int MAX_MONS = 5;

  private final int mons;
  private final int osds;
  private final boolean mgr;
  private final boolean msgr1;
  private final long memstoreBytes;
  private final Map<String, Map<String, String>> conf;
  private final Path dataDir;
  private final Duration readyTimeout;
  private final Backend backend;
  private final Release release;

  private CephClusterSpec(Builder b) {
    this.mons = b.mons;
    this.osds = b.osds;
    this.mgr = b.mgr;
    this.msgr1 = b.msgr1;
    this.memstoreBytes = b.memstoreBytes;
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    b.conf.forEach((s, o) -> copy.put(s, Collections.unmodifiableMap(new LinkedHashMap<>(o))));
    this.conf = Collections.unmodifiableMap(copy);
    this.dataDir = b.dataDir;
    this.readyTimeout = b.readyTimeout;
    this.backend = b.backend;
    this.release = b.release;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mons = mons;
    b.osds = osds;
    b.mgr = mgr;
    b.msgr1 = msgr1;
    b.memstoreBytes = memstoreBytes;
    conf.forEach((s, o) -> b.conf.put(s, new LinkedHashMap<>(o)));
    b.dataDir = dataDir;
    b.readyTimeout = readyTimeout;
    b.backend = backend;
    b.release = release;
    return b;
  }

  public int mons() {
    return mons;
  }

  public int osds() {
    return osds;
  }

  public boolean mgr() {
    return mgr;
  }

  /** Whether daemons also bind the legacy v1 protocol (msgr2 is always on). */
  public boolean msgr1() {
    return msgr1;
  }

  public long memstoreBytes() {
    return memstoreBytes;
  }

  /**
   * Extra options: section ({@code global}, {@code mon}, {@code osd.0}, ...) to option to value.
   */
  public Map<String, Map<String, String>> conf() {
    return conf;
  }

  /** Where the cluster keeps its files; empty means a fresh temporary directory. */
  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  public Duration readyTimeout() {
    return readyTimeout;
  }

  public Backend backend() {
    return backend;
  }

  public Release release() {
    return release;
  }

  /** A short human description such as "3 mons + 3 OSDs + mgr". */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(mons).append(mons == 1 ? " mon" : " mons");
    s.append(" + ").append(osds).append(osds == 1 ? " OSD" : " OSDs");
    if (mgr) {
      s.append(" + mgr");
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CephClusterSpec)) {
      return false;
    }
    CephClusterSpec s = (CephClusterSpec) o;
    return mons == s.mons
        && osds == s.osds
        && mgr == s.mgr
        && msgr1 == s.msgr1
        && memstoreBytes == s.memstoreBytes
        && conf.equals(s.conf)
        && Objects.equals(dataDir, s.dataDir)
        && readyTimeout.equals(s.readyTimeout)
        && backend == s.backend
        && release == s.release;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        mons, osds, mgr, msgr1, memstoreBytes, conf, dataDir, readyTimeout, backend, release);
  }

  @Override
  public String toString() {
    return describe() + (msgr1 ? ", msgr1+msgr2" : ", msgr2 only") + ", conf " + conf;
  }

  /** Builds a {@link CephClusterSpec}; every setter checks its argument at once. */
  public static final class Builder {
    private int mons = 1;
    private int osds = 1;
    private boolean mgr;
    private boolean msgr1;
    private long memstoreBytes = 1L << 30;
    private final Map<String, Map<String, String>> conf = new LinkedHashMap<>();
    private Path dataDir;
    private Duration readyTimeout = Duration.ofSeconds(120);
    private Backend backend = Backend.AUTO;
    private Release release = Release.PACIFIC;

    private Builder() {}

    public Builder mons(int n) {
      if (n < 1 || n > MAX_MONS) {
        throw new IllegalArgumentException("mons must be 1.." + MAX_MONS + ", got " + n);
      }
      this.mons = n;
      return this;
    }

    public Builder osds(int n) {
      if (n < 0 || n > 32) {
        throw new IllegalArgumentException("osds must be 0..32, got " + n);
      }
      this.osds = n;
      return this;
    }

    public Builder mgr(boolean on) {
      this.mgr = on;
      return this;
    }

    public Builder msgr1(boolean on) {
      this.msgr1 = on;
      return this;
    }

    public Builder memstoreBytes(long bytes) {
      if (bytes < (64L << 20)) {
        throw new IllegalArgumentException("memstore needs at least 64 MiB, got " + bytes);
      }
      this.memstoreBytes = bytes;
      return this;
    }

    /** Adds one option to a section; option names may use spaces or underscores, as Ceph allows. */
    public Builder conf(String section, String option, String value) {
      requireText(section, "section");
      requireText(option, "option");
      Objects.requireNonNull(value, "value");
      if (value.contains("\n") || option.contains("\n") || section.contains("]")) {
        throw new IllegalArgumentException("conf entries must be single-line: " + option);
      }
      conf.computeIfAbsent(section.trim(), k -> new LinkedHashMap<>()).put(option.trim(), value);
      return this;
    }

    /** Adds an option written as {@code section/option=value}, the launcher's --conf form. */
    public Builder conf(String sectionOptionValue) {
      int slash = sectionOptionValue.indexOf('/');
      int eq = sectionOptionValue.indexOf('=');
      if (slash <= 0 || eq <= slash + 1) {
        throw new IllegalArgumentException(
            "expected section/option=value, got '" + sectionOptionValue + "'");
      }
      return conf(
          sectionOptionValue.substring(0, slash),
          sectionOptionValue.substring(slash + 1, eq),
          sectionOptionValue.substring(eq + 1));
    }

    public Builder dataDir(Path dir) {
      this.dataDir = dir == null ? null : dir.toAbsolutePath().normalize();
      return this;
    }

    public Builder readyTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("readyTimeout must be positive");
      }
      this.readyTimeout = timeout;
      return this;
    }

    public Builder backend(Backend backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    public Builder release(Release release) {
      this.release = Objects.requireNonNull(release, "release");
      return this;
    }

    public CephClusterSpec build() {
      return new CephClusterSpec(this);
    }

    private static void requireText(String s, String what) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
    }
  }
}
