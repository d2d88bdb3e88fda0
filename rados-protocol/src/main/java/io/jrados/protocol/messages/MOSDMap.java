package io.jrados.protocol.messages;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Mon or OSD to client ({@link MessageType#OSD_MAP}): a run of OSDMap epochs, as full maps,
 * incremental maps or both.
 *
 * <p>Front, header version 4, compat 3 (Pacific): {@code uuid fsid}, {@code map<u32 epoch,
 * bufferlist> incremental_maps}, {@code map<u32 epoch, bufferlist> maps}, then from version 2
 * {@code u32 oldest_map, u32 newest_map}, then from version 4 {@code gap_removed_snaps}, a field
 * Octopus stopped using and always writes empty. The map blobs are kept encoded here; decoding them
 * is the OSDMap code's business. No data segment.
 *
 * <p>The blobs are encoded with the features of the connection, so a client that advertises
 * SERVER_NAUTILUS receives maps with msgr2 addresses (see {@link CephFeatures#CLIENT_SUPPORTED}).
 *
 * <p>The constructor copies the blobs, but the accessors hand out the stored arrays rather than
 * copying megabytes of maps on every call: treat them as read-only.
 *
 * @param fsid the cluster's fsid
 * @param incrementalMaps encoded incremental maps by epoch
 * @param fullMaps encoded full maps by epoch
 * @param oldest the oldest epoch the sender stores (newer Ceph calls it the cluster's trim lower
 *     bound); 0 from a version 1 sender
 * @param newest the newest epoch the sender has; 0 from a version 1 sender
 */
public record MOSDMap(
    UUID fsid,
    SortedMap<Long, byte[]> incrementalMaps,
    SortedMap<Long, byte[]> fullMaps,
    long oldest,
    long newest)
    implements CephMessage {
  /** The header version written. */
  public static final int HEAD_VERSION = 4;

  /** The header compat version written. */
  public static final int COMPAT_VERSION = 3;

  /** Each map entry: a u32 epoch and a bufferlist length. */
  private static final int MIN_ENTRY_SIZE = 4 + 4;

  /** Checks the fields and copies the maps, blobs included. */
  public MOSDMap {
    Objects.requireNonNull(fsid, "fsid");
    incrementalMaps = copy(incrementalMaps);
    fullMaps = copy(fullMaps);
  }

  /** The epoch of the first map carried, full or incremental; 0 if there is none. */
  public long firstEpoch() {
    long first = Long.MAX_VALUE;
    if (!incrementalMaps.isEmpty()) {
      first = incrementalMaps.firstKey();
    }
    if (!fullMaps.isEmpty()) {
      first = Math.min(first, fullMaps.firstKey());
    }
    return first == Long.MAX_VALUE ? 0 : first;
  }

  /** The epoch of the last map carried, full or incremental; 0 if there is none. */
  public long lastEpoch() {
    long last = 0;
    if (!incrementalMaps.isEmpty()) {
      last = incrementalMaps.lastKey();
    }
    if (!fullMaps.isEmpty()) {
      last = Math.max(last, fullMaps.lastKey());
    }
    return last;
  }

  @Override
  public int type() {
    return MessageType.OSD_MAP;
  }

  @Override
  public int headerVersion() {
    return HEAD_VERSION;
  }

  @Override
  public int compatVersion() {
    return COMPAT_VERSION;
  }

  /**
   * Reads the front. {@code gap_removed_snaps}, present from version 4, is the last field and
   * carries nothing a client uses, so it is left unread.
   */
  public static MOSDMap decode(CephDecoder decoder, int headerVersion) {
    UUID fsid = decoder.uuid();
    Map<Long, byte[]> incrementals =
        decoder.map(MIN_ENTRY_SIZE, CephDecoder::u32, CephDecoder::bufferlist);
    Map<Long, byte[]> full = decoder.map(MIN_ENTRY_SIZE, CephDecoder::u32, CephDecoder::bufferlist);
    long oldest = 0;
    long newest = 0;
    if (headerVersion >= 2) {
      oldest = decoder.u32();
      newest = decoder.u32();
    }
    return new MOSDMap(fsid, new TreeMap<>(incrementals), new TreeMap<>(full), oldest, newest);
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.uuid(fsid);
    encoder.map(incrementalMaps, (epoch, e) -> e.u32(epoch), (blob, e) -> e.bufferlist(blob));
    encoder.map(fullMaps, (epoch, e) -> e.u32(epoch), (blob, e) -> e.bufferlist(blob));
    encoder.u32(oldest).u32(newest);
    // gap_removed_snaps: an empty map, which is all Octopus and later ever send.
    encoder.u32(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MOSDMap other
        && fsid.equals(other.fsid)
        && sameBlobs(incrementalMaps, other.incrementalMaps)
        && sameBlobs(fullMaps, other.fullMaps)
        && oldest == other.oldest
        && newest == other.newest;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fsid, incrementalMaps.keySet(), fullMaps.keySet(), oldest, newest);
  }

  @Override
  public String toString() {
    return "MOSDMap["
        + firstEpoch()
        + ".."
        + lastEpoch()
        + ", incremental "
        + incrementalMaps.keySet()
        + ", full "
        + fullMaps.keySet()
        + ", sender has "
        + oldest
        + ".."
        + newest
        + "]";
  }

  private static SortedMap<Long, byte[]> copy(SortedMap<Long, byte[]> maps) {
    TreeMap<Long, byte[]> out = new TreeMap<>();
    for (Map.Entry<Long, byte[]> entry : maps.entrySet()) {
      long epoch = entry.getKey();
      if (epoch < 0 || epoch > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("epoch out of range of a u32: " + epoch);
      }
      out.put(epoch, entry.getValue().clone());
    }
    return Collections.unmodifiableSortedMap(out);
  }

  private static boolean sameBlobs(SortedMap<Long, byte[]> a, SortedMap<Long, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<Long, byte[]> entry : a.entrySet()) {
      if (!Arrays.equals(entry.getValue(), b.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
