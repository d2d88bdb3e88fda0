package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * {@code ceph_msg_header2}, segment 0 of every MESSAGE frame: 41 bytes, packed, little-endian
 * (kernel {@code include/linux/ceph/msgr.h}). Unlike msgr1's header it has no segment lengths (the
 * preamble has them), no source name (the session knows the peer) and no CRC (the frame has them).
 *
 * @param seq the message's sequence number in this session, from 1
 * @param tid the transaction id, matching replies to requests
 * @param type the message type, e.g. 42 for {@code MOSDOp}
 * @param priority higher is more urgent, e.g. 127 ({@code CEPH_MSG_PRIO_DEFAULT})
 * @param version the encoding version of the message's payload
 * @param dataPrePaddingLength raw bits of a {@code u32}; always 0 in practice
 * @param dataOffset the data's offset hint, e.g. a write's object offset (a {@code u16})
 * @param ackSeq the sender's acknowledgement of the messages it received
 * @param flags legacy footer flags (a {@code u8})
 * @param compatVersion the oldest payload version that can decode this one
 * @param reserved written as 0
 */
public record MessageHeader2(
    long seq,
    long tid,
    int type,
    int priority,
    int version,
    int dataPrePaddingLength,
    int dataOffset,
    long ackSeq,
    int flags,
    int compatVersion,
    int reserved) {
  /** Size on the wire. */
  public static final int SIZE = 41;

  /** Writes the 41 bytes; values out of range for their fields raise IllegalArgumentException. */
  public void encode(CephEncoder encoder) {
    encoder
        .u64(seq)
        .u64(tid)
        .u16(type)
        .u16(priority)
        .u16(version)
        .s32(dataPrePaddingLength)
        .u16(dataOffset)
        .u64(ackSeq)
        .u8(flags)
        .u16(compatVersion)
        .u16(reserved);
  }

  /** Reads the 41 bytes. */
  public static MessageHeader2 decode(CephDecoder decoder) {
    return new MessageHeader2(
        decoder.u64(),
        decoder.u64(),
        decoder.u16(),
        decoder.u16(),
        decoder.u16(),
        decoder.s32(),
        decoder.u16(),
        decoder.u64(),
        decoder.u8(),
        decoder.u16(),
        decoder.u16());
  }
}
