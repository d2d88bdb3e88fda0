package io.jrados.client.api;

import java.util.HashMap;
import java.util.Map;

/**
 * Linux errno values, the codes Ceph daemons return (negated) in replies. Each constant carries the
 * name the {@code ceph} tool prints for it ("Error ENOENT: ..."), which is Python's name for the
 * number: EDEADLK prints as EDEADLOCK and EOPNOTSUPP as ENOTSUP, as they do there.
 */
public enum Errno {
  EPERM(1, "EPERM"),
  ENOENT(2, "ENOENT"),
  EINTR(4, "EINTR"),
  EIO(5, "EIO"),
  ENXIO(6, "ENXIO"),
  E2BIG(7, "E2BIG"),
  EBADF(9, "EBADF"),
  EAGAIN(11, "EAGAIN"),
  ENOMEM(12, "ENOMEM"),
  EACCES(13, "EACCES"),
  EFAULT(14, "EFAULT"),
  EBUSY(16, "EBUSY"),
  EEXIST(17, "EEXIST"),
  EXDEV(18, "EXDEV"),
  ENODEV(19, "ENODEV"),
  ENOTDIR(20, "ENOTDIR"),
  EISDIR(21, "EISDIR"),
  EINVAL(22, "EINVAL"),
  ENFILE(23, "ENFILE"),
  EMFILE(24, "EMFILE"),
  EFBIG(27, "EFBIG"),
  ENOSPC(28, "ENOSPC"),
  ESPIPE(29, "ESPIPE"),
  EROFS(30, "EROFS"),
  EMLINK(31, "EMLINK"),
  EPIPE(32, "EPIPE"),
  EDOM(33, "EDOM"),
  ERANGE(34, "ERANGE"),
  EDEADLK(35, "EDEADLOCK"),
  ENAMETOOLONG(36, "ENAMETOOLONG"),
  ENOLCK(37, "ENOLCK"),
  ENOSYS(38, "ENOSYS"),
  ENOTEMPTY(39, "ENOTEMPTY"),
  ELOOP(40, "ELOOP"),
  ENOMSG(42, "ENOMSG"),
  ENODATA(61, "ENODATA"),
  ETIME(62, "ETIME"),
  ENOLINK(67, "ENOLINK"),
  EPROTO(71, "EPROTO"),
  ERESTART(85, "ERESTART"),
  EBADMSG(74, "EBADMSG"),
  EOVERFLOW(75, "EOVERFLOW"),
  EILSEQ(84, "EILSEQ"),
  EUSERS(87, "EUSERS"),
  ENOTSOCK(88, "ENOTSOCK"),
  EMSGSIZE(90, "EMSGSIZE"),
  EPROTONOSUPPORT(93, "EPROTONOSUPPORT"),
  EOPNOTSUPP(95, "ENOTSUP"),
  EADDRINUSE(98, "EADDRINUSE"),
  EADDRNOTAVAIL(99, "EADDRNOTAVAIL"),
  ENETDOWN(100, "ENETDOWN"),
  ENETUNREACH(101, "ENETUNREACH"),
  ECONNABORTED(103, "ECONNABORTED"),
  ECONNRESET(104, "ECONNRESET"),
  ENOBUFS(105, "ENOBUFS"),
  EISCONN(106, "EISCONN"),
  ENOTCONN(107, "ENOTCONN"),
  ESHUTDOWN(108, "ESHUTDOWN"),
  ETIMEDOUT(110, "ETIMEDOUT"),
  ECONNREFUSED(111, "ECONNREFUSED"),
  EHOSTDOWN(112, "EHOSTDOWN"),
  EHOSTUNREACH(113, "EHOSTUNREACH"),
  EALREADY(114, "EALREADY"),
  EINPROGRESS(115, "EINPROGRESS"),
  ESTALE(116, "ESTALE"),
  EDQUOT(122, "EDQUOT"),
  ECANCELED(125, "ECANCELED"),
  EKEYEXPIRED(127, "EKEYEXPIRED"),
  EKEYREJECTED(129, "EKEYREJECTED"),
  EOWNERDEAD(130, "EOWNERDEAD"),
  ENOTRECOVERABLE(131, "ENOTRECOVERABLE");

  private static final Map<Integer, Errno> BY_CODE = new HashMap<>();

  static {
    for (Errno e : values()) {
      BY_CODE.putIfAbsent(e.code, e);
    }
  }

  private final int code;
  private final String printedName;

  Errno(int code, String printedName) {
    this.code = code;
    this.printedName = printedName;
  }

  /** The positive errno number. */
  public int code() {
    return code;
  }

  /** The name the {@code ceph} tool prints, e.g. "ENOENT". */
  public String printedName() {
    return printedName;
  }

  /** The errno for a code, positive or negated as Ceph sends it; null if unknown. */
  public static Errno of(int code) {
    return BY_CODE.get(Math.abs(code));
  }

  /** "ENOENT" for -2, or "errno 4242" for a code this table lacks. */
  public static String nameOf(int code) {
    Errno e = of(code);
    return e != null ? e.printedName : "errno " + Math.abs(code);
  }
}
