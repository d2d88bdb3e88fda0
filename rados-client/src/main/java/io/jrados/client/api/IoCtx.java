package io.jrados.client.api;

import io.jrados.client.internal.osd.ObjectLister;
import io.jrados.client.internal.osd.ObjectRef;
import io.jrados.client.internal.osd.Objecter;
import io.jrados.client.internal.osd.OsdErrors;
import io.jrados.client.internal.osd.OsdOpSpec;
import io.jrados.client.internal.osd.OsdResult;
import io.jrados.client.internal.osd.Pools;
import io.jrados.client.internal.osd.Watches;
import io.jrados.client.internal.util.Blocking;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.messages.MOSDOp;
import io.jrados.protocol.osd.OsdOp;
import io.jrados.protocol.osd.OsdOpFlags;
import io.netty.buffer.ByteBuf;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An I/O context: the pool (and namespace, and locator key) that object operations address, as
 * librados' {@code IoCtx}. Immutable and cheap; {@link #withNamespace} and {@link #withLocatorKey}
 * give variants. Get one from {@link RadosClient#ioCtx(String)}.
 *
 * <p>Compound operations ({@link WriteOperation}, {@link ReadOperation}), listing and placement are
 * here; the single-op calls come from the interfaces it implements, one per concern: {@link
 * ObjectData}, {@link ObjectXattrs}, {@link ObjectOmap}, {@link ObjectWatches} and {@link
 * Snapshots}. Those are sealed: IoCtx is their only implementation.
 *
 * <p>Every operation has an async form returning a {@link CompletableFuture} and a sync form that
 * waits (with the op timeout as deadline) and throws what the future would fail with: {@link
 * ObjectNotFoundException}, {@link PermissionDeniedException}, {@link ClusterFullException}, {@link
 * PoolNotFoundException}, {@link RadosTimeoutException}, ... each naming the pool and object. Async
 * callbacks run on the client's I/O thread: hand long work to an executor of your own.
 *
 * <p>Names: Ceph's object names, namespaces and locator keys are byte strings, which need not be
 * UTF-8. A String name is sent as its UTF-8, except that the lone surrogates U+DC80..U+DCFF stand
 * for the single bytes 0x80..0xFF (Python's "surrogateescape"); {@link ObjectEntry}'s String
 * accessors give a listed name that is not UTF-8 in that form, so it addresses the same object. The
 * {@code byte[]} overloads take the bytes themselves.
 */
public final class IoCtx implements ObjectData, ObjectXattrs, ObjectOmap, ObjectWatches, Snapshots {
  /** As a namespace, for listings only: objects of every namespace (LIBRADOS_ALL_NSPACES). */
  public static final String ALL_NAMESPACES = ObjectLister.ALL_NAMESPACES;

  /** As a read snapshot: the objects as they are now (Ceph's CEPH_NOSNAP). */
  public static final long HEAD = MOSDOp.NOSNAP;

  /** Objects asked for per PGNLS when listing, as the rados tool does. */
  private static final int LIST_PAGE = 1024;

  private final Objecter objecter;
  private final Pools pools;
  private final long poolId;
  private final String poolName;
  private final byte[] namespace;
  private final byte[] locatorKey;

  /** The snapshot reads read at; {@link MOSDOp#NOSNAP} for the head. */
  private final long readSnapshot;

  /** What writes carry for self-managed snapshots. */
  private final SnapContext writeSnapContext;

  IoCtx(
      Objecter objecter,
      Pools pools,
      long poolId,
      String poolName,
      String namespace,
      String locatorKey) {
    this(
        objecter,
        pools,
        poolId,
        poolName,
        SurrogateEscape.encode(Objects.requireNonNull(namespace, "namespace")),
        SurrogateEscape.encode(Objects.requireNonNull(locatorKey, "locatorKey")),
        MOSDOp.NOSNAP,
        SnapContext.EMPTY);
  }

  private IoCtx(
      Objecter objecter,
      Pools pools,
      long poolId,
      String poolName,
      byte[] namespace,
      byte[] locatorKey,
      long readSnapshot,
      SnapContext writeSnapContext) {
    this.objecter = objecter;
    this.pools = pools;
    this.poolId = poolId;
    this.poolName = poolName;
    this.namespace = namespace;
    this.locatorKey = locatorKey;
    this.readSnapshot = readSnapshot;
    this.writeSnapContext = writeSnapContext;
  }

  public long poolId() {
    return poolId;
  }

  public String poolName() {
    return poolName;
  }

  /** The namespace objects are addressed in; empty for the default one. */
  public String namespace() {
    return SurrogateEscape.decode(namespace);
  }

  /** The namespace's exact bytes (a copy). */
  public byte[] namespaceBytes() {
    return namespace.clone();
  }

  /** The locator key objects are placed by instead of their names; empty for none. */
  public String locatorKey() {
    return SurrogateEscape.decode(locatorKey);
  }

  /** The locator key's exact bytes (a copy). */
  public byte[] locatorKeyBytes() {
    return locatorKey.clone();
  }

  /** The same pool, another namespace ("" for the default one). */
  public IoCtx withNamespace(String namespace) {
    return withNamespace(SurrogateEscape.encode(Objects.requireNonNull(namespace, "namespace")));
  }

  /**
   * The same pool, the namespace of these exact bytes (empty for the default one). Ceph's names are
   * byte strings: a namespace need not be UTF-8, as {@link ObjectEntry#namespaceBytes()} shows.
   */
  public IoCtx withNamespace(byte[] namespace) {
    return new IoCtx(
        objecter,
        pools,
        poolId,
        poolName,
        Objects.requireNonNull(namespace).clone(),
        locatorKey,
        readSnapshot,
        writeSnapContext);
  }

  /** The same pool, objects placed by {@code key} instead of their names ("" for none). */
  public IoCtx withLocatorKey(String key) {
    return withLocatorKey(SurrogateEscape.encode(Objects.requireNonNull(key, "key")));
  }

  /** The same pool, objects placed by the locator key of these exact bytes (empty for none). */
  public IoCtx withLocatorKey(byte[] key) {
    return new IoCtx(
        objecter,
        pools,
        poolId,
        poolName,
        namespace,
        Objects.requireNonNull(key).clone(),
        readSnapshot,
        writeSnapContext);
  }

  /**
   * The same pool, reading at snapshot {@code snapId}: a pool snapshot's ({@link
   * PoolSnapshotInfo#id()}) or a self-managed one's, as librados' {@code snap_set_read}; {@link
   * #HEAD} reads the objects as they are now. Writes through such a context fail with EROFS, as in
   * librados.
   */
  public IoCtx withReadSnapshot(long snapId) {
    return new IoCtx(
        objecter, pools, poolId, poolName, namespace, locatorKey, snapId, writeSnapContext);
  }

  /** The snapshot reads read at, or {@link #HEAD}. */
  public long readSnapshot() {
    return readSnapshot;
  }

  /**
   * The same pool, its writes carrying {@code context} (librados' {@code
   * selfmanaged_snap_set_write_ctx}): for a pool whose snapshots its clients manage, the snapshots
   * that exist, so the OSDs keep what a write changes as a clone for them. Pools with pool
   * snapshots ignore it; their OSDs use the pool's own.
   */
  public IoCtx withWriteSnapContext(SnapContext context) {
    return new IoCtx(
        objecter,
        pools,
        poolId,
        poolName,
        namespace,
        locatorKey,
        readSnapshot,
        Objects.requireNonNull(context, "context"));
  }

  /** The snap context writes carry; {@link SnapContext#EMPTY} unless set. */
  public SnapContext writeSnapContext() {
    return writeSnapContext;
  }

  // ---- compound operations ---------------------------------------------------------------------

  /** Applies every change of {@code op} to {@code oid} atomically. */
  public CompletableFuture<Void> operateAsync(String oid, WriteOperation op) {
    return operateAsync(oid, op, OsdOpFlags.WRITE);
  }

  CompletableFuture<Void> operateAsync(String oid, WriteOperation op, int flags) {
    return operateAsync(nameBytes(oid), op, flags);
  }

  private CompletableFuture<Void> operateAsync(byte[] oid, WriteOperation op, int flags) {
    checkName(oid);
    if (readSnapshot != HEAD) {
      // Checked before the ops are taken: they stay the caller's.
      throw new ObjectOperationException(
          op.describe()
              + " on "
              + OsdErrors.describe(poolName, namespace(), SurrogateEscape.display(oid))
              + " refused: EROFS (this context reads at snapshot "
              + readSnapshot
              + "; write through one at the head)",
          Errno.EROFS.code(),
          poolName,
          namespace(),
          SurrogateEscape.display(oid));
    }
    OsdOpSpec spec = spec(oid, op.take(), flags, true, op.bytes(), op.description());
    return run(spec, r -> null);
  }

  public void operate(String oid, WriteOperation op) {
    await(operateAsync(oid, op), "operation on " + oid);
  }

  /**
   * Applies every change of {@code op} atomically to the object whose name is exactly these bytes.
   * Ceph's object names are byte strings and need not be UTF-8 ({@link ObjectEntry#nameBytes()}
   * gives them as listed); every single-op method here has its {@link WriteOperation} or {@link
   * ReadOperation} counterpart for such names.
   */
  public CompletableFuture<Void> operateAsync(byte[] oid, WriteOperation op) {
    return operateAsync(oid.clone(), op, OsdOpFlags.WRITE);
  }

  public void operate(byte[] oid, WriteOperation op) {
    await(operateAsync(oid, op), "operation on " + SurrogateEscape.display(oid));
  }

  /** Runs every read of {@code op} on {@code oid}; their results are then in op's handles. */
  public CompletableFuture<Void> operateAsync(String oid, ReadOperation op) {
    return readAsync(nameBytes(oid), op);
  }

  public void operate(String oid, ReadOperation op) {
    await(operateAsync(oid, op), "operation on " + oid);
  }

  /** The reads of {@code op} on the object whose name is exactly these bytes (UTF-8 or not). */
  public CompletableFuture<Void> operateAsync(byte[] oid, ReadOperation op) {
    return readAsync(oid.clone(), op);
  }

  public void operate(byte[] oid, ReadOperation op) {
    await(operateAsync(oid, op), "operation on " + SurrogateEscape.display(oid));
  }

  private CompletableFuture<Void> readAsync(byte[] oid, ReadOperation op) {
    checkName(oid);
    OsdOpSpec spec = spec(oid, op.take(), OsdOpFlags.READ, false, 0, op.description());
    return run(
        spec,
        r -> {
          op.complete(r.ops());
          return null;
        });
  }

  // ---- placement -------------------------------------------------------------------------------

  /**
   * Where {@code oid} (in this namespace, with this locator key) lives under the client's current
   * OSDMap, computed locally: what {@code ceph osd map} answers.
   */
  public CompletableFuture<ObjectPlacement> placementAsync(String oid) {
    return objecter.mapQueries().placement(poolId, oid, namespace, locatorKey);
  }

  public ObjectPlacement placement(String oid) {
    return await(placementAsync(oid), "placement of " + oid);
  }

  // ---- listing ---------------------------------------------------------------------------------

  /**
   * Up to {@code max} objects of this namespace (every namespace with {@link #ALL_NAMESPACES})
   * after {@code from}, in the pool's listing order; an empty page only at the end.
   */
  public CompletableFuture<ObjectPage> listObjectsAsync(ObjectCursor from, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive, not " + max);
    }
    return ObjectListing.page(
        new ObjectLister(objecter), poolId, poolName, namespace, from.position(), max);
  }

  public ObjectPage listObjects(ObjectCursor from, int max) {
    return await(listObjectsAsync(from, max), "listing objects");
  }

  /**
   * Every object of this namespace (every namespace with {@link #ALL_NAMESPACES}), fetched lazily a
   * page at a time as the stream is consumed; each page waits with the op timeout.
   */
  public java.util.stream.Stream<ObjectEntry> listObjects() {
    return ObjectListing.stream(cursor -> listObjects(cursor, LIST_PAGE));
  }

  // ---- plumbing --------------------------------------------------------------------------------

  OsdOpSpec spec(
      byte[] oid, List<OsdOp> ops, int flags, boolean write, long bytes, Supplier<String> what) {
    return spec(oid, ops, flags, write, bytes, what, write ? HEAD : readSnapshot);
  }

  OsdOpSpec spec(
      byte[] oid,
      List<OsdOp> ops,
      int flags,
      boolean write,
      long bytes,
      Supplier<String> what,
      long snapId) {
    return new OsdOpSpec(
        poolId,
        poolName,
        namespace,
        locatorKey,
        oid,
        -1,
        ops,
        flags,
        write,
        bytes,
        Instant.now(),
        what,
        snapId,
        write ? writeSnapContext : SnapContext.EMPTY);
  }

  /**
   * One read-only op on {@code oid} at snapshot {@code snapId}; the answer is what {@code parse}
   * makes of the op's output, which the reply's release frees unless {@code parse} retains it.
   */
  <T> CompletableFuture<T> readOne(
      String oid, OsdOp op, Supplier<String> what, long snapId, Function<ByteBuf, T> parse) {
    byte[] name = nameBytes(oid);
    checkName(name);
    OsdOpSpec spec = spec(name, List.of(op), OsdOpFlags.READ, false, 0, what, snapId);
    return run(spec, new OpFuture.FirstOutput<>(parse));
  }

  /** Submits and reads the answer into the future it returns. */
  <T> CompletableFuture<T> run(OsdOpSpec spec, Function<OsdResult, T> read) {
    OpFuture<T> out = new OpFuture<>(spec, read);
    objecter.submit(spec, out);
    return out;
  }

  static byte[] nameBytes(String oid) {
    if (oid == null) {
      throw new IllegalArgumentException("an object name must not be null");
    }
    return SurrogateEscape.encode(oid);
  }

  static void checkName(byte[] oid) {
    if (oid.length == 0) {
      throw new IllegalArgumentException("an object name must not be empty");
    }
    if (oid.length > 2048) {
      // osd_max_object_name_len; the OSD would answer ENAMETOOLONG.
      throw new IllegalArgumentException("object name longer than 2048 bytes: " + oid.length);
    }
  }

  <T> T await(CompletableFuture<T> f, String what) {
    return Blocking.await(f, objecter.opTimeout().plusSeconds(1), what + " in pool " + poolName);
  }

  Duration opTimeout() {
    return objecter.opTimeout();
  }

  Pools pools() {
    return pools;
  }

  Watches watches() {
    return objecter.watches();
  }

  ObjectRef objectRef(byte[] name) {
    return new ObjectRef(poolId, poolName, namespace, locatorKey, name);
  }

  @Override
  public String toString() {
    return "IoCtx[pool "
        + poolName
        + " ("
        + poolId
        + ")"
        + (namespace.length == 0 ? "" : ", namespace " + namespace())
        + (locatorKey.length == 0 ? "" : ", locator " + locatorKey())
        + (readSnapshot == HEAD ? "" : ", at snapshot " + readSnapshot)
        + "]";
  }
}
