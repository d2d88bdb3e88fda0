package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Mon to client ({@link MessageType#POOLOP_REPLY}): the result of an {@link MPoolOp}, with the same
 * tid.
 *
 * <p>Front, header version 1: {@link PaxosHeader} (whose version is the mon's osdmap epoch), {@code
 * uuid fsid}, {@code u32 reply_code} (0 or a negative errno), {@code u32 epoch} (the osdmap epoch
 * that holds the change, which the client waits for before it reports success), {@code u8} whether
 * data follows, and if so a {@code bufferlist}: for {@link PoolOpCode#CREATE_UNMANAGED_SNAP}, the
 * new snapshot's id as a u64.
 *
 * @param paxos the Paxos service header
 * @param fsid the cluster's fsid
 * @param replyCode 0, or a negative errno
 * @param epoch the osdmap epoch to wait for
 * @param data the response data, if any
 */
public record MPoolOpReply(
    PaxosHeader paxos, UUID fsid, int replyCode, long epoch, Optional<byte[]> data)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 1;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 0;

  /** Checks the fields. */
  public MPoolOpReply {
    Objects.requireNonNull(paxos, "paxos");
    Objects.requireNonNull(fsid, "fsid");
    Objects.requireNonNull(data, "data");
  }

  /** Compares the data by content, which a record's generated equals would not. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MPoolOpReply r
        && paxos.equals(r.paxos)
        && fsid.equals(r.fsid)
        && replyCode == r.replyCode
        && epoch == r.epoch
        && data.isPresent() == r.data.isPresent()
        && (data.isEmpty() || Arrays.equals(data.get(), r.data.get()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(paxos, fsid, replyCode, epoch, data.map(Arrays::hashCode).orElse(-1));
  }

  @Override
  public String toString() {
    return "MPoolOpReply[code "
        + replyCode
        + ", epoch "
        + epoch
        + ", data "
        + data.map(d -> d.length + " bytes").orElse("none")
        + "]";
  }

  @Override
  public int type() {
    return MessageType.POOLOP_REPLY;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /** Reads the front; every header version has this layout. */
  public static MPoolOpReply decode(CephDecoder decoder, int headerVersion) {
    PaxosHeader paxos = PaxosHeader.decode(decoder);
    UUID fsid = decoder.uuid();
    int replyCode = decoder.s32();
    long epoch = decoder.u32();
    Optional<byte[]> data = Optional.empty();
    if (decoder.bool()) {
      data = Optional.of(decoder.bufferlist()); // its length is checked against what is left
    }
    return new MPoolOpReply(paxos, fsid, replyCode, epoch, data);
  }

  @Override
  public void encode(CephEncoder encoder) {
    paxos.encode(encoder);
    encoder.uuid(fsid).s32(replyCode).u32(epoch).bool(data.isPresent());
    data.ifPresent(encoder::bufferlist);
  }

  /**
   * The snapshot id a {@link PoolOpCode#CREATE_UNMANAGED_SNAP} reply carries.
   *
   * @throws ProtocolException if the data is missing or not a u64
   */
  public long snapId() {
    byte[] d =
        data.orElseThrow(() -> new ProtocolException("MPoolOpReply: no snapshot id in the reply"));
    if (d.length != 8) {
      throw new ProtocolException("MPoolOpReply: a snapshot id of " + d.length + " bytes, not 8");
    }
    return new CephDecoder(Unpooled.wrappedBuffer(d)).u64();
  }
}
