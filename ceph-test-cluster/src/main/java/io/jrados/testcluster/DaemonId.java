package io.jrados.testcluster;

import java.io.Serializable;
import java.util.Objects;

/** One daemon of a cluster, named as Ceph names it: {@code mon.a}, {@code osd.0}, {@code mgr.x}. */
public record DaemonId(DaemonType type, String id) implements Serializable {

  public DaemonId {
    Objects.requireNonNull(type, "type");
    if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("bad daemon id '" + id + "'");
    }
  }

  public static DaemonId mon(String id) {
    return new DaemonId(DaemonType.MON, id);
  }

  public static DaemonId osd(int id) {
    return new DaemonId(DaemonType.OSD, Integer.toString(id));
  }

  public static DaemonId mgr(String id) {
    return new DaemonId(DaemonType.MGR, id);
  }

  /** Parses "mon.a", "osd.3" or "mgr.x". */
  public static DaemonId parse(String name) {
    int dot = name.indexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("expected TYPE.ID such as osd.0, got '" + name + "'");
    }
    return new DaemonId(DaemonType.fromName(name.substring(0, dot)), name.substring(dot + 1));
  }

  @Override
  public String toString() {
    return type.cephName() + "." + id;
  }
}
