package io.jrados.protocol.osd;

/**
 * The flags of a {@link DataOps#setAllocHint} op ({@code CEPH_OSD_ALLOC_HINT_FLAG_*}, librados'
 * {@code LIBRADOS_ALLOC_HINT_FLAG_*}).
 */
public final class AllocHint {
  private AllocHint() {}

  public static final int SEQUENTIAL_WRITE = 1;
  public static final int RANDOM_WRITE = 2;
  public static final int SEQUENTIAL_READ = 4;
  public static final int RANDOM_READ = 8;
  public static final int APPEND_ONLY = 16;
  public static final int IMMUTABLE = 32;
  public static final int SHORTLIVED = 64;
  public static final int LONGLIVED = 128;
  public static final int COMPRESSIBLE = 256;
  public static final int INCOMPRESSIBLE = 512;

  /** What {@code rados bench} hints for each object it writes. */
  public static final int BENCH = SEQUENTIAL_WRITE | SEQUENTIAL_READ | APPEND_ONLY | IMMUTABLE;
}
