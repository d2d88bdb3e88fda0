package io.jrados.client.internal.osd;

import io.jrados.protocol.osd.OsdOp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an op is, apart from where it goes: the object (pool, namespace, locator key, name) or, for
 * a PG op such as a listing, the PG; the ops themselves; whether it reads or writes.
 *
 * <p>The spec holds one reference to each op's input data for the op's whole life, so the data can
 * be sent again after a resend; each send hands the message a reference of its own. {@link
 * #release()} drops the spec's references when the op is done.
 *
 * @param pgSeed for a PG op, the PG's seed within the pool; -1 for an op on an object
 * @param flags the MOSDOp flags (READ, WRITE, PGOP, ...), beyond those the objecter adds
 * @param bytes the input bytes, for the in-flight throttle
 * @param what what the op does, for messages ("write 4096 bytes at 0")
 */
public record OsdOpSpec(
    long poolId,
    String poolName,
    String namespace,
    String locatorKey,
    String objectName,
    long pgSeed,
    List<OsdOp> ops,
    int flags,
    boolean isWrite,
    long bytes,
    Instant mtime,
    String what) {

  public OsdOpSpec {
    Objects.requireNonNull(poolName, "poolName");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(locatorKey, "locatorKey");
    Objects.requireNonNull(objectName, "objectName");
    ops = List.copyOf(ops);
  }

  /** "write 4096 bytes at 0 on object 'x' in pool 'p'". */
  public String describe() {
    if (pgSeed >= 0) {
      return what
          + " on pg "
          + poolId
          + "."
          + Long.toHexString(pgSeed)
          + " of pool '"
          + poolName
          + "'";
    }
    return what + " on " + OsdErrors.describe(poolName, namespace, objectName);
  }

  /** Drops the spec's references to the ops' input data. */
  void release() {
    for (OsdOp op : ops) {
      op.release();
    }
  }
}
