package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.VersionedStruct;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * Snapshot ops. ROLLBACK makes the object's head what it was at a snapshot (a write), using the
 * {@code snap} union: {@code u64 snapid}. LIST_SNAPS lists an object's clones; it is sent with the
 * MOSDOp snapid {@link #SNAPDIR}, and answers {@code obj_list_snap_response_t}.
 */
public final class SnapOps {
  private SnapOps() {}

  /** {@code CEPH_SNAPDIR}: the snapid an op about all of an object's snapshots is sent with. */
  public static final long SNAPDIR = -1;

  /** ROLLBACK to snapshot {@code snapId}. */
  public static OsdOp rollback(long snapId) {
    return OsdOp.of(OsdOpCode.ROLLBACK, 0, new OsdOp.Fields().u64(snapId), Unpooled.EMPTY_BUFFER);
  }

  /** LIST_SNAPS: the object's clones and head; see {@link #parseListSnaps}. */
  public static OsdOp listSnaps() {
    return OsdOp.simple(OsdOpCode.LIST_SNAPS, 0);
  }

  /** A byte range a clone shares with the next newer version of the object. */
  public record Extent(long offset, long length) {}

  /**
   * One version of an object ({@code clone_info}, v1).
   *
   * @param cloneId the clone's id, or {@link HObject#NOSNAP} for the head
   * @param snaps the snapshots that see this version, ascending
   * @param overlap what it shares with the next newer version
   * @param size its size in bytes
   */
  public record Clone(long cloneId, List<Long> snaps, List<Extent> overlap, long size) {
    public Clone {
      snaps = List.copyOf(snaps);
      overlap = List.copyOf(overlap);
    }
  }

  /**
   * An object's versions ({@code obj_list_snap_response_t}, v2 compat 1): its clones, oldest first,
   * then the head if it exists, and the snap sequence the object last saw (v2).
   */
  public record ObjectSnaps(List<Clone> clones, long seq) {
    public ObjectSnaps {
      clones = List.copyOf(clones);
    }
  }

  /** Parses a LIST_SNAPS outdata; the buffer is not consumed. */
  public static ObjectSnaps parseListSnaps(ByteBuf outdata) {
    CephDecoder d = new CephDecoder(outdata.duplicate());
    VersionedStruct s = d.startStruct("obj_list_snap_response_t", 2);
    // A clone is at least a struct header (6), its id (8), two empty vectors (8) and a size (8).
    List<Clone> clones = d.list(28, SnapOps::decodeClone);
    long seq = s.version() >= 2 ? d.u64() : 0;
    d.endStruct(s);
    return new ObjectSnaps(clones, seq);
  }

  private static Clone decodeClone(CephDecoder d) {
    VersionedStruct s = d.startStruct("clone_info", 1);
    long id = d.u64();
    List<Long> snaps = d.list(8, CephDecoder::u64);
    List<Extent> overlap = d.list(16, x -> new Extent(x.u64(), x.u64()));
    long size = d.u64();
    d.endStruct(s);
    return new Clone(id, snaps, overlap, size);
  }
}
