package io.jrados.protocol.osd;

/**
 * Message-level flags of an OSD op ({@code CEPH_OSD_FLAG_*}, Ceph {@code src/include/rados.h}), the
 * {@code flags} of {@code MOSDOp} and of its reply. Values verified against librados' own requests
 * captured from Pacific (see the osd fixtures' README): a read sends {@code READ | ONDISK |
 * KNOWN_REDIR}, a write {@code WRITE | ONDISK | KNOWN_REDIR}, and a write asked to return per-op
 * data also {@code RETURNVEC} (0x4000000).
 */
public final class OsdOpFlags {
  private OsdOpFlags() {}

  /** Want (or is) the early "ack" reply; Luminous and later answer once, on commit. */
  public static final int ACK = 0x1;

  /** Want (or is) an "onnvram" reply; unused. */
  public static final int ONNVRAM = 0x2;

  /** Want (or is) the reply once the op is durable. */
  public static final int ONDISK = 0x4;

  /** A resend of an op already sent; {@code retry_attempt} says which. */
  public static final int RETRY = 0x8;

  /** The op may read. */
  public static final int READ = 0x10;

  /** The op may write. */
  public static final int WRITE = 0x20;

  /** Fail with EOLDSNAPC if the snap context is older than the object's. */
  public static final int ORDERSNAP = 0x40;

  /** Allow a read from a replica. */
  public static final int BALANCE_READS = 0x100;

  /** Execute in parallel (unused). */
  public static final int PARALLELEXEC = 0x200;

  /** The op addresses a PG, not an object (listing). */
  public static final int PGOP = 0x400;

  /** The op may call an object class method. */
  public static final int EXEC = 0x800;

  /** Allow a read from the nearest replica. */
  public static final int LOCALIZE_READS = 0x2000;

  /** Order this read with respect to writes. */
  public static final int RWORDERED = 0x4000;

  /** Ignore cache-tier logic. */
  public static final int IGNORE_CACHE = 0x8000;

  /** Skip the object's read/write locks. */
  public static final int SKIPRWLOCKS = 0x10000;

  /** Ignore a pool's tier overlay. */
  public static final int IGNORE_OVERLAY = 0x20000;

  /** Part of a cache flush. */
  public static final int FLUSH = 0x40000;

  /** Map a snapshot read straight to a clone id. */
  public static final int MAP_SNAP_CLONE = 0x80000;

  /** Use the client's snap context even in a pool with pool snapshots. */
  public static final int ENFORCE_SNAPC = 0x100000;

  /** The op has been redirected. */
  public static final int REDIRECTED = 0x200000;

  /** The REDIRECTED bit is authoritative; librados always sets it. */
  public static final int KNOWN_REDIR = 0x400000;

  /** Try the op even though the cluster or pool is full. */
  public static final int FULL_TRY = 0x800000;

  /** Force the op even though the cluster or pool is full. */
  public static final int FULL_FORCE = 0x1000000;

  /** Ignore a redirect. */
  public static final int IGNORE_REDIRECT = 0x2000000;

  /**
   * Return each op's rval and outdata even from a write, and allow a non-negative overall result.
   * Without it the OSD drops the outdata of successful writes.
   */
  public static final int RETURNVEC = 0x4000000;
}
