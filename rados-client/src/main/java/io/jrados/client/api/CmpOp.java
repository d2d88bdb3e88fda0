package io.jrados.client.api;

/** How {@code cmpxattr} compares the stored value with the given one (CEPH_OSD_CMPXATTR_OP_*). */
public enum CmpOp {
  EQ(1),
  NE(2),
  GT(3),
  GTE(4),
  LT(5),
  LTE(6);

  final int code;

  CmpOp(int code) {
    this.code = code;
  }
}
