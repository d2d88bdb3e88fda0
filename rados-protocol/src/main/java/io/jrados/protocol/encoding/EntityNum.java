package io.jrados.protocol.encoding;

/**
 * Ceph's {@code entity_name_t}: {@code u8 type, le64 num}, written {@code type.num} as in {@code
 * osd.3} or {@code client.4123}.
 *
 * <p>This names one participant on the wire: a daemon by its id or rank, a client by the global id
 * the monitors gave it. The string-valued name that authentication uses is {@link EntityName}.
 *
 * @param type one of the {@code EntityName.TYPE_*} constants, 0 to 255
 * @param num the number; negative means not yet assigned ({@link #NEW})
 */
public record EntityNum(int type, long num) {
  /** The number of an entity that has not been assigned one yet; printed as {@code ?}. */
  public static final long NEW = -1;

  /** Checks that {@code type} fits its one-byte wire field. */
  public EntityNum {
    if (type < 0 || type > 0xFF) {
      throw new IllegalArgumentException("entity type out of range 0..255: " + type);
    }
  }

  /**
   * Parses Ceph's {@code type.num} form, e.g. {@code osd.3}; {@code client.?} gives {@link #NEW}.
   *
   * @throws IllegalArgumentException if the type is unknown or the number is not a decimal integer
   */
  public static EntityNum parse(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException(
          "entity '" + text + "' has no '.' between type and number, as in osd.3");
    }
    int type = EntityName.typeFromName(text.substring(0, dot), text);
    String num = text.substring(dot + 1);
    if (num.equals("?")) {
      return new EntityNum(type, NEW);
    }
    try {
      return new EntityNum(type, Long.parseLong(num));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "entity '" + text + "' has '" + num + "' where a decimal number belongs", e);
    }
  }

  /** Reads {@code u8 type, le64 num}. */
  public static EntityNum decode(CephDecoder decoder) {
    int type = decoder.u8();
    long num = decoder.s64();
    return new EntityNum(type, num);
  }

  /** Writes {@code u8 type, le64 num}. */
  public void encode(CephEncoder encoder) {
    encoder.u8(type).s64(num);
  }

  /** Ceph's form, e.g. {@code osd.3}, or {@code client.?} for an unassigned number. */
  @Override
  public String toString() {
    return EntityName.typeName(type) + "." + (num < 0 ? "?" : Long.toString(num));
  }
}
