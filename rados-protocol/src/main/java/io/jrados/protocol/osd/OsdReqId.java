package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;

/**
 * Ceph's {@code osd_reqid_t}: {@code ENCODE_START(2, 2) { entity_name_t (u8 type, s64 num), u64
 * tid, s32 inc }}. Clients send it all zero (librados does, as the capture shows); the OSD then
 * builds the request id from the message's source and header tid.
 *
 * @param nameType the entity type (e.g. 8 for a client), or 0
 * @param nameNum the entity number, or 0
 * @param tid the transaction id, or 0
 * @param inc the client incarnation, or 0
 */
public record OsdReqId(int nameType, long nameNum, long tid, int inc) {
  /** The all-zero request id clients send. */
  public static final OsdReqId NONE = new OsdReqId(0, 0, 0, 0);

  /** Reads an {@code osd_reqid_t}. */
  public static OsdReqId decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("osd_reqid_t", 2);
    int type = decoder.u8();
    long num = decoder.s64();
    long tid = decoder.u64();
    int inc = decoder.s32();
    decoder.endStruct(struct);
    return new OsdReqId(type, num, tid, inc);
  }

  /** Writes an {@code osd_reqid_t}. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(2, 2);
    encoder.u8(nameType).s64(nameNum).u64(tid).s32(inc);
    encoder.endStruct(struct);
  }
}
