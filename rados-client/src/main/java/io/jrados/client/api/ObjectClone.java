package io.jrados.client.api;

import java.util.List;

/**
 * One version of an object that pool snapshots keep (what {@code rados listsnaps} prints a line
 * for): a clone the OSD made when the object was first written after a snapshot, or the head.
 *
 * @param id the clone's id, or {@link IoCtx#HEAD} for the head (the object as it is now)
 * @param snapshots the snapshots that see this version, ascending (none for the head)
 * @param overlap the byte ranges it shares with the next newer version
 * @param size its size in bytes
 */
public record ObjectClone(long id, List<Long> snapshots, List<Range> overlap, long size) {
  public ObjectClone {
    snapshots = List.copyOf(snapshots);
    overlap = List.copyOf(overlap);
  }

  /** Whether this is the head rather than a clone. */
  public boolean isHead() {
    return id == IoCtx.HEAD;
  }

  /** A byte range: {@code length} bytes from {@code offset}. */
  public record Range(long offset, long length) {}
}
