package io.jrados.protocol.osd;

/**
 * Flags of a single op inside an {@code MOSDOp} ({@code CEPH_OSD_OP_FLAG_*}, Ceph {@code
 * src/include/rados.h}): the {@code flags} field of {@code ceph_osd_op}.
 */
public final class OsdPerOpFlags {
  private OsdPerOpFlags() {}

  /** CREATE: fail with EEXIST if the object exists. */
  public static final int EXCL = 0x1;

  /** Carry on with the following ops even if this one fails. */
  public static final int FAILOK = 0x2;

  /** Access hint: random. */
  public static final int FADVISE_RANDOM = 0x4;

  /** Access hint: sequential. */
  public static final int FADVISE_SEQUENTIAL = 0x8;

  /** Access hint: the data will be needed soon. */
  public static final int FADVISE_WILLNEED = 0x10;

  /** Access hint: the data will not be needed soon. */
  public static final int FADVISE_DONTNEED = 0x20;

  /** Access hint: the data will be read once. */
  public static final int FADVISE_NOCACHE = 0x40;
}
