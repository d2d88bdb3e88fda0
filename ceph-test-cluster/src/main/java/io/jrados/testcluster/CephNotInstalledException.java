package io.jrados.testcluster;

import io.jrados.testcluster.internal.ReleaseRoot;
import java.util.List;

/**
 * The Ceph binaries a native cluster of some release needs are not on this machine, and no Docker
 * engine is.
 */
public final class CephNotInstalledException extends CephTestClusterException {
  private static final long serialVersionUID = 1L;

  /** The command that installs the (Pacific) packages on Debian, as root. */
  public static final String INSTALL_HINT =
      "install them with `bin/install-ceph` (as root; it runs `apt-get install -y ceph-mon"
          + " ceph-osd ceph-mgr ceph-common`)";

  // An array, not a List: the exception is Serializable, and List (an interface) is not.
  private final String[] missing;

  public CephNotInstalledException(Release release, List<String> missing, String dockerState) {
    super(
        howToInstall(release, missing)
            + ". The container backend is not an option either: "
            + dockerState);
    this.missing = missing.toArray(String[]::new);
  }

  private static String howToInstall(Release release, List<String> missing) {
    if (!release.preparedRoot()) {
      return "Ceph binaries missing: " + String.join(", ", missing) + "; " + INSTALL_HINT;
    }
    return ReleaseRoot.notPreparedMessage(
        release,
        ReleaseRoot.locate(release, System.getenv(), System.getProperty("user.home")),
        missing);
  }

  /** The executables that were not found. */
  public List<String> missing() {
    return List.of(missing);
  }
}
