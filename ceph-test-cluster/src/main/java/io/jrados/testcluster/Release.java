package io.jrados.testcluster;

/** The Ceph release whose daemons a cluster runs. */
public enum Release {
  /** 16.2.x, from the host's Debian packages (or the v16 container image). */
  PACIFIC("16.2.15", "quay.io/ceph/ceph:v16.2.15");

  private final String version;
  private final String containerImage;

  Release(String version, String containerImage) {
    this.version = version;
    this.containerImage = containerImage;
  }

  /** The version the daemons report, e.g. "16.2.15". */
  public String version() {
    return version;
  }

  /** The image the container backend runs. */
  public String containerImage() {
    return containerImage;
  }
}
