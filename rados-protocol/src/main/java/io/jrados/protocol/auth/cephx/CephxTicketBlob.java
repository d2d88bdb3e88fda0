package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Arrays;

/**
 * A ticket as the client holds it ({@code CephXTicketBlob}): {@code u8 1, u64 secret_id, bufferlist
 * blob}.
 *
 * <p>The blob is encrypted with the service's rotating secret, which the client never sees; the
 * client passes it on to prove its identity. It is a bearer credential, so it is redacted from
 * {@link #toString()}.
 *
 * @param secretId which of the service's rotating secrets encrypted the blob
 * @param blob the opaque ticket; empty when there is no ticket
 */
public record CephxTicketBlob(long secretId, byte[] blob) {
  /** No ticket: what a client sends as the old ticket on first contact. */
  public static final CephxTicketBlob NONE = new CephxTicketBlob(0, new byte[0]);

  private static final int VERSION = 1;

  /** Copies the blob so that the record cannot be changed through the caller's array. */
  public CephxTicketBlob {
    blob = blob.clone();
  }

  /** Reads {@code u8 struct_v, u64 secret_id, bufferlist blob}. */
  public static CephxTicketBlob decode(CephDecoder in) {
    in.u8(); // struct_v: always 1, and Ceph does not check it either.
    long secretId = in.u64();
    return new CephxTicketBlob(secretId, in.bufferlist());
  }

  /** Writes {@code u8 1, u64 secret_id, bufferlist blob}. */
  public void encode(CephEncoder out) {
    out.u8(VERSION).u64(secretId).bufferlist(blob);
  }

  /** A copy of the blob. */
  @Override
  public byte[] blob() {
    return blob.clone();
  }

  /** Whether there is a ticket at all. */
  public boolean isEmpty() {
    return blob.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CephxTicketBlob t
        && secretId == t.secretId
        && Arrays.equals(blob, t.blob);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(secretId) * 31 + blob.length;
  }

  /** The secret id and the blob's length only. */
  @Override
  public String toString() {
    return "CephxTicketBlob{secretId=" + secretId + ", blob=<redacted " + blob.length + " bytes>}";
  }
}
