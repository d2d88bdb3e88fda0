package io.jrados.testcluster;

import java.util.List;

/** The Ceph binaries a native cluster needs are not on this machine, and no Docker engine is. */
public final class CephNotInstalledException extends CephTestClusterException {
  private static final long serialVersionUID = 1L;

  /** The command that installs the packages on Debian, as root. */
  public static final String INSTALL_HINT =
      "install them with `bin/install-ceph` (as root; it runs `apt-get install -y ceph-mon"
          + " ceph-osd ceph-mgr ceph-common`)";

  private final List<String> missing;

  public CephNotInstalledException(List<String> missing, String dockerState) {
    super(
        "Ceph binaries missing: "
            + String.join(", ", missing)
            + "; "
            + INSTALL_HINT
            + ". The container backend is not an option either: "
            + dockerState);
    this.missing = List.copyOf(missing);
  }

  /** The executables that were not found. */
  public List<String> missing() {
    return missing;
  }
}
