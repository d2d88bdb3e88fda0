package io.jrados.protocol.osd;

import io.netty.buffer.ByteBuf;
import java.util.Objects;

/**
 * One op of an {@code MOSDOpReply}: the op as the OSD echoes it (its union may be updated, e.g. a
 * read's length), the op's own result and its output data.
 *
 * @param header the echoed {@code ceph_osd_op}; its payload length is the outdata's length
 * @param rval the op's result: 0 or a positive count on success, a negative errno on failure
 * @param outdata the op's output, a slice of the reply's data segment owned by the reply: valid
 *     only while the reply is; {@code retain()} it to keep it longer
 */
public record OsdOpResult(OsdOp.Header header, int rval, ByteBuf outdata) {
  /** Checks the fields. */
  public OsdOpResult {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(outdata, "outdata");
  }

  /** The op code. */
  public int opcode() {
    return header.opcode();
  }

  /** The little-endian u64 at {@code offset} of the echoed union. */
  public long fieldU64(int offset) {
    return OsdOp.Fields.u64(header.fields(), offset);
  }
}
