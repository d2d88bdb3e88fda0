package io.jrados.client.internal.osd;

import io.jrados.client.api.ClusterFullException;
import io.jrados.client.api.Errno;
import io.jrados.client.api.ObjectExistsException;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.ObjectOperationException;
import io.jrados.client.api.ObjectTooLargeException;
import io.jrados.client.api.PermissionDeniedException;
import io.jrados.protocol.osd.DataOps;

/**
 * The one place an OSD's negative errno becomes an exception: the type says what kind of failure it
 * is, the message says what was done to which object in which pool and what the OSD answered.
 */
public final class OsdErrors {
  /** Results below this are not errnos but a cmpext mismatch offset. */
  private static final int MAX_ERRNO = 4095;

  private OsdErrors() {}

  /**
   * The failure an op on an object answered with {@code rval}; one read at a snapshot says which
   * ("read 0~10 (at snapshot 4)").
   */
  public static ObjectOperationException forResult(int rval, OsdOpSpec spec) {
    String what =
        spec.atSnapshot() ? spec.what() + " (at snapshot " + spec.snapId() + ")" : spec.what();
    return forResult(rval, what, spec.poolName(), spec.namespace(), spec.objectName());
  }

  /**
   * @param rval the OSD's (negative) result
   * @param what what was attempted ("write 4096 bytes at 0", "stat")
   */
  public static ObjectOperationException forResult(
      int rval, String what, String pool, String namespace, String objectName) {
    if (rval < -MAX_ERRNO) {
      // cmpext reports a mismatch as -MAX_ERRNO - offset, not as an errno.
      return new ObjectOperationException(
          what
              + " on "
              + describe(pool, namespace, objectName)
              + " failed: the compared bytes differ (cmpext: first difference at byte "
              + DataOps.cmpextMismatchOffset(rval)
              + " of the compared extent)",
          125,
          pool,
          namespace,
          objectName);
    }
    int errno = Math.abs(rval);
    String message =
        what
            + " on "
            + describe(pool, namespace, objectName)
            + " failed: "
            + Errno.nameOf(errno)
            + " ("
            + meaning(errno)
            + ")";
    Errno e = Errno.of(errno);
    if (e == null) {
      return new ObjectOperationException(message, errno, pool, namespace, objectName);
    }
    return switch (e) {
      case ENOENT -> new ObjectNotFoundException(message, errno, pool, namespace, objectName);
      case EEXIST -> new ObjectExistsException(message, errno, pool, namespace, objectName);
      case EACCES, EPERM ->
          new PermissionDeniedException(message, errno, pool, namespace, objectName);
      case EFBIG, E2BIG -> new ObjectTooLargeException(message, errno, pool, namespace, objectName);
      case ENOSPC, EDQUOT -> new ClusterFullException(message, errno, pool, namespace, objectName);
      default -> new ObjectOperationException(message, errno, pool, namespace, objectName);
    };
  }

  /**
   * An OSD redirected an op that a redirect had already sent to its base pool, with IGNORE_CACHE
   * set: following it again could loop, so the op fails (EOPNOTSUPP) with both hops named.
   */
  static ObjectOperationException redirectedAgain(OsdRequest r, Object osd, String where) {
    OsdOpSpec spec = r.spec;
    return new ObjectOperationException(
        spec.describe()
            + " failed: "
            + osd
            + " redirected it ("
            + where
            + ") after a cache tier had already sent it to its base pool; not following a"
            + " second redirect (EOPNOTSUPP)",
        Errno.EOPNOTSUPP.code(),
        spec.poolName(),
        spec.namespace(),
        spec.objectName());
  }

  /** "object 'x' in pool 'p'" or "object 'x' in pool 'p', namespace 'n'". */
  public static String describe(String pool, String namespace, String objectName) {
    String where = "pool '" + pool + "'";
    if (namespace != null && !namespace.isEmpty()) {
      where += ", namespace '" + namespace + "'";
    }
    return "object '" + objectName + "' in " + where;
  }

  private static String meaning(int errno) {
    Errno e = Errno.of(errno);
    if (e == null) {
      return "unknown error";
    }
    return switch (e) {
      case ENOENT -> "no such object";
      case EEXIST -> "the object already exists";
      case EACCES, EPERM -> "permission denied by the client's caps";
      case EFBIG -> "the object would exceed osd_max_object_size";
      case E2BIG -> "the request is larger than the OSD accepts";
      case ENOSPC -> "the cluster or pool is full";
      case EDQUOT -> "the pool's quota is reached";
      case ENODATA -> "no such attribute";
      case ECANCELED -> "a comparison or assertion in the operation failed";
      case ERANGE -> "value out of range (e.g. an assert-version mismatch)";
      case EOVERFLOW -> "a version assertion found a newer object";
      case EOPNOTSUPP -> "the operation is not supported here";
      case EINVAL -> "invalid argument";
      case EIO -> "I/O error on the OSD";
      case ETIMEDOUT -> "timed out";
      default -> e.printedName();
    };
  }
}
