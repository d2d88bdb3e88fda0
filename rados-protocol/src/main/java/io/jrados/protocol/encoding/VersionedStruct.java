package io.jrados.protocol.encoding;

/**
 * The header of a Ceph versioned struct, as returned by {@link CephDecoder#startStruct}.
 *
 * <p>Ceph wraps most of its encodings in {@code ENCODE_START(v, compat)}: {@code u8 struct_v, u8
 * struct_compat, le32 struct_len}, then {@code struct_len} bytes of fields. {@code struct_v} tells
 * the decoder which optional fields are present; {@code struct_compat} is the oldest decoder
 * version that can still make sense of the encoding; {@code struct_len} lets an older decoder skip
 * fields it does not know. Pass this object back to {@link CephDecoder#endStruct} when the fields
 * you understand have been read.
 */
public final class VersionedStruct {
  private final String name;
  private final int version;
  private final int compat;
  private final int length;
  private final int endIndex;

  VersionedStruct(String name, int version, int compat, int length, int endIndex) {
    this.name = name;
    this.version = version;
    this.compat = compat;
    this.length = length;
    this.endIndex = endIndex;
  }

  /** The Ceph name of the struct, as given to {@code startStruct}; used in error messages. */
  public String name() {
    return name;
  }

  /** {@code struct_v}: the version the peer encoded, which decides the optional fields present. */
  public int version() {
    return version;
  }

  /** {@code struct_compat}: the oldest decoder version that can read this encoding. */
  public int compat() {
    return compat;
  }

  /** {@code struct_len}: the number of bytes after the header that belong to the struct. */
  public int length() {
    return length;
  }

  /** Absolute reader index of the first byte after the struct, in the decoder's buffer. */
  int endIndex() {
    return endIndex;
  }

  @Override
  public String toString() {
    return name + "(v" + version + ", compat " + compat + ", " + length + " bytes)";
  }
}
