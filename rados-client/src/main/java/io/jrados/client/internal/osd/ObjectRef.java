package io.jrados.client.internal.osd;

import io.jrados.client.api.RadosException;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osdmap.OsdMap;
import java.time.Instant;
import java.util.List;

/**
 * One object as ops address it: pool, namespace, locator key and name (exact bytes). Used by what
 * sends ops to one object over a long time, such as a watch. The arrays are never changed.
 */
public record ObjectRef(
    long poolId, String poolName, byte[] namespace, byte[] locatorKey, byte[] name) {

  /** A spec for {@code ops} on this object. */
  OsdOpSpec spec(List<OsdOp> ops, int flags, boolean write, String what) {
    return new OsdOpSpec(
        poolId,
        poolName,
        namespace,
        locatorKey,
        name,
        -1,
        ops,
        flags,
        write,
        0,
        Instant.now(),
        what);
  }

  /** The acting primary of this object under {@code map}, or -1 if it has none or no pool. */
  int primaryIn(OsdMap map) {
    try {
      return map.locate(poolId, name, namespace, locatorKey).actingPrimary();
    } catch (RuntimeException e) {
      return -1; // the pool is gone
    }
  }

  /** The failure an op on this object answered with {@code rc}. */
  RadosException failure(int rc, String what) {
    return OsdErrors.forResult(
        rc, what, poolName, SurrogateEscape.display(namespace), SurrogateEscape.display(name));
  }

  /** "object 'x' in pool 'p'", for messages. */
  String describe() {
    return OsdErrors.describe(
        poolName, SurrogateEscape.display(namespace), SurrogateEscape.display(name));
  }
}
