package io.jrados.testcluster;

/** The daemon kinds a test cluster runs, with the binary that runs each. */
public enum DaemonType {
  MON("mon", "ceph-mon"),
  OSD("osd", "ceph-osd"),
  MGR("mgr", "ceph-mgr");

  private final String cephName;
  private final String binary;

  DaemonType(String cephName, String binary) {
    this.cephName = cephName;
    this.binary = binary;
  }

  /** The name's prefix as Ceph writes it ("mon" in "mon.a"). */
  public String cephName() {
    return cephName;
  }

  /** The executable that runs this daemon. */
  public String binary() {
    return binary;
  }

  static DaemonType fromName(String name) {
    for (DaemonType t : values()) {
      if (t.cephName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown daemon type '" + name + "' (mon, osd or mgr)");
  }
}
