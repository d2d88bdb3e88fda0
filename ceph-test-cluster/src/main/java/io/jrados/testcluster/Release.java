package io.jrados.testcluster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Ceph release whose daemons a cluster runs. Natively, Pacific comes from the host's own
 * packages and Reef from a Debian trixie root prepared once by {@code bin/install-ceph-reef} and
 * entered with chroot; the client under test is never told which one it talks to.
 */
public enum Release {
  /** 16.2.x, from the host's Debian packages (or the v16 container image). */
  PACIFIC("16.2.15", "quay.io/ceph/ceph:v16.2.15", false, "bin/install-ceph", List.of()),
  /**
   * 18.2.x, from a prepared Debian trixie root (or the v18 container image). Trixie's Python crypto
   * bindings are PyO3 modules, which cannot load in the mgr's per-module subinterpreters, so a
   * dozen always-on mgr modules fail to load and the mgr raises MGR_MODULE_DEPENDENCY; none of them
   * is needed by a test cluster (PG stats and {@code df} come from the mgr's core).
   */
  REEF(
      "18.2.7",
      "quay.io/ceph/ceph:v18.2.7",
      true,
      "bin/install-ceph-reef",
      List.of("MGR_MODULE_DEPENDENCY"));

  private final String version;
  private final String containerImage;
  private final boolean preparedRoot;
  private final String installCommand;
  private final List<String> mutedHealthChecks;

  Release(
      String version,
      String containerImage,
      boolean preparedRoot,
      String installCommand,
      List<String> mutedHealthChecks) {
    this.version = version;
    this.containerImage = containerImage;
    this.preparedRoot = preparedRoot;
    this.installCommand = installCommand;
    this.mutedHealthChecks = mutedHealthChecks;
  }

  /** The version the daemons report, e.g. "16.2.15". */
  public String version() {
    return version;
  }

  /** The image the container backend runs. */
  public String containerImage() {
    return containerImage;
  }

  /**
   * Whether the native backend runs this release from a root of its own (chroot) rather than from
   * the host's packages.
   */
  public boolean preparedRoot() {
    return preparedRoot;
  }

  /** The script (as root) that installs this release's binaries for the native backend. */
  public String installCommand() {
    return installCommand;
  }

  /**
   * Health checks this release's packaging raises on every test cluster with a mgr, through no
   * fault of the test; the cluster mutes them once its mgr is up, so HEALTH_OK stays reachable.
   */
  public List<String> mutedHealthChecks() {
    return mutedHealthChecks;
  }

  /** The lower-case name used by {@code --release} and {@code -Djrados.cluster.release}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The release named {@code name}, case-insensitively ("pacific", "reef").
   *
   * @throws IllegalArgumentException naming the releases there are
   */
  public static Release parse(String name) {
    for (Release r : values()) {
      if (r.cliName().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown Ceph release '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(Release::cliName).collect(Collectors.joining(", ")));
  }
}
