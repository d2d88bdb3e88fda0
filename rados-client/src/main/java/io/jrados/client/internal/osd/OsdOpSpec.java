package io.jrados.client.internal.osd;

import io.jrados.client.api.SnapContext;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.SnapOps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an op is, apart from where it goes: the object (pool, namespace, locator key, name) or, for
 * a PG op such as a listing, the PG; the ops themselves; whether it reads or writes.
 *
 * <p>The spec holds one reference to each op's input data for the op's whole life, so the data can
 * be sent again after a resend; each send hands the message a reference of its own. {@link
 * #release()} drops the spec's references when the op is done.
 *
 * <p>The namespace, locator key and name are byte strings, as in Ceph: they need not be UTF-8, and
 * go to the OSD and into placement exactly as given. The spec owns the arrays.
 *
 * @param pgSeed for a PG op, the PG's seed within the pool; -1 for an op on an object
 * @param flags the MOSDOp flags (READ, WRITE, PGOP, ...), beyond those the objecter adds
 * @param bytes the input bytes, for the in-flight throttle
 * @param description what the op does, for messages ("write 4096 bytes at 0"); made when needed
 * @param snapId the snapshot a read reads at; {@link MOSDOp#NOSNAP} for the object's head
 * @param writeSnapContext the snap context a write carries ({@link SnapContext#EMPTY} for reads)
 */
public record OsdOpSpec(
    long poolId,
    String poolName,
    byte[] namespaceBytes,
    byte[] locatorBytes,
    byte[] nameBytes,
    long pgSeed,
    List<OsdOp> ops,
    int flags,
    boolean isWrite,
    long bytes,
    Instant mtime,
    Supplier<String> description,
    long snapId,
    SnapContext writeSnapContext) {

  /** An op on the object's head (not a snapshot), with no snap context. */
  public OsdOpSpec(
      long poolId,
      String poolName,
      byte[] namespaceBytes,
      byte[] locatorBytes,
      byte[] nameBytes,
      long pgSeed,
      List<OsdOp> ops,
      int flags,
      boolean isWrite,
      long bytes,
      Instant mtime,
      String what) {
    this(
        poolId,
        poolName,
        namespaceBytes,
        locatorBytes,
        nameBytes,
        pgSeed,
        ops,
        flags,
        isWrite,
        bytes,
        mtime,
        OpText.of(what),
        MOSDOp.NOSNAP,
        SnapContext.EMPTY);
  }

  public OsdOpSpec {
    Objects.requireNonNull(poolName, "poolName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(namespaceBytes, "namespace");
    Objects.requireNonNull(locatorBytes, "locatorKey");
    Objects.requireNonNull(nameBytes, "objectName");
    Objects.requireNonNull(writeSnapContext, "writeSnapContext");
    ops = List.copyOf(ops);
    if (isWrite && snapId != MOSDOp.NOSNAP) {
      throw new IllegalArgumentException(
          "a write goes to the object's head, not snapshot " + snapId);
    }
    if (ops.isEmpty() || ops.size() > MAX_OPS) {
      throw new IllegalArgumentException("an operation has 1 to 65535 ops, not " + ops.size());
    }
  }

  /** What the op does, for messages ("write 4096 bytes at 0"). */
  public String what() {
    return description.get();
  }

  /** The namespace, for messages (see {@link SurrogateEscape#display}). */
  public String namespace() {
    return text(namespaceBytes);
  }

  /** The locator key, for messages. */
  public String locatorKey() {
    return text(locatorBytes);
  }

  /** The object name, for messages. */
  public String objectName() {
    return text(nameBytes);
  }

  private static String text(byte[] b) {
    return SurrogateEscape.display(b);
  }

  /** An MOSDOp counts its ops in a u16. */
  static final int MAX_OPS = 0xFFFF;

  /** "write 4096 bytes at 0 on object 'x' in pool 'p'". */
  public String describe() {
    if (pgSeed >= 0) {
      return what()
          + " on pg "
          + poolId
          + "."
          + Long.toHexString(pgSeed)
          + " of pool '"
          + poolName
          + "'";
    }
    String on = what() + " on " + OsdErrors.describe(poolName, namespace(), objectName());
    return atSnapshot() ? on + " at snapshot " + snapId : on;
  }

  /**
   * Whether the op reads at one snapshot: not the head, and not CEPH_SNAPDIR, which is not a
   * snapshot but "all of them" (LIST_SNAPS).
   */
  public boolean atSnapshot() {
    return snapId != MOSDOp.NOSNAP && snapId != SnapOps.SNAPDIR;
  }

  /** Drops the spec's references to the ops' input data. */
  void release() {
    for (int i = 0; i < ops.size(); i++) { // indexed: once per op, no iterator
      ops.get(i).release();
    }
  }
}
