package io.jrados.protocol.encoding;

import java.util.Objects;

/**
 * Ceph's authentication name ({@code EntityName} in Ceph, {@code ceph_entity_name} with a string id
 * in the kernel): {@code le32 type, string id}, written {@code type.id} as in {@code client.admin}.
 *
 * <p>This is the name a keyring and cephx know an entity by. Daemons and clients on a connection
 * are identified by the numeric {@link EntityNum} instead.
 *
 * @param type one of the {@code TYPE_*} constants; other values are kept as decoded
 * @param id the part after the dot, e.g. {@code admin}
 */
public record EntityName(int type, String id) {
  /** A monitor. */
  public static final int TYPE_MON = 0x01;

  /** A metadata server. */
  public static final int TYPE_MDS = 0x02;

  /** An object storage daemon. */
  public static final int TYPE_OSD = 0x04;

  /** A client, such as this library. */
  public static final int TYPE_CLIENT = 0x08;

  /** A manager daemon. */
  public static final int TYPE_MGR = 0x10;

  /** The authentication service, which shares the monitors' processes. */
  public static final int TYPE_AUTH = 0x20;

  /** The types {@link #parse} knows, in the order Ceph lists them. */
  private static final int[] KNOWN_TYPES = {
    TYPE_AUTH, TYPE_MON, TYPE_OSD, TYPE_MDS, TYPE_MGR, TYPE_CLIENT
  };

  /** Checks that {@code id} is present. */
  public EntityName {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Parses Ceph's {@code type.id} form, e.g. {@code client.admin} or {@code osd.3}. Everything
   * after the first dot is the id.
   *
   * @throws IllegalArgumentException if there is no dot, the id is empty or the type is unknown
   */
  public static EntityName parse(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException(
          "entity name '" + text + "' has no '.' between type and id, as in client.admin");
    }
    int type = typeFromName(text.substring(0, dot), text);
    String id = text.substring(dot + 1);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("entity name '" + text + "' has an empty id");
    }
    return new EntityName(type, id);
  }

  /** Reads {@code le32 type, string id}. */
  public static EntityName decode(CephDecoder decoder) {
    int type = decoder.s32();
    String id = decoder.string();
    return new EntityName(type, id);
  }

  /** Writes {@code le32 type, string id}. */
  public void encode(CephEncoder encoder) {
    encoder.s32(type).string(id);
  }

  /** Ceph's form, e.g. {@code client.admin}; an unknown type is shown in hex. */
  @Override
  public String toString() {
    return typeName(type) + "." + id;
  }

  /** Ceph's name for an entity type, or the number in hex when Ceph has none for it. */
  static String typeName(int type) {
    switch (type) {
      case TYPE_MON:
        return "mon";
      case TYPE_MDS:
        return "mds";
      case TYPE_OSD:
        return "osd";
      case TYPE_CLIENT:
        return "client";
      case TYPE_MGR:
        return "mgr";
      case TYPE_AUTH:
        return "auth";
      default:
        return "0x" + Integer.toHexString(type);
    }
  }

  /** The type called {@code name}, which was found in {@code text}. */
  static int typeFromName(String name, String text) {
    StringBuilder known = new StringBuilder();
    for (int type : KNOWN_TYPES) {
      if (typeName(type).equals(name)) {
        return type;
      }
      known.append(known.length() == 0 ? "" : ", ").append(typeName(type));
    }
    throw new IllegalArgumentException(
        "unknown entity type '" + name + "' in '" + text + "'; expected one of " + known);
  }
}
