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
import io.jrados.protocol.osd.DataOps;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osd.SnapOps;
import io.jrados.protocol.osd.WatchOps;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An I/O context: the pool (and namespace, and locator key) that object operations address, as
 * librados' {@code IoCtx}. Immutable and cheap; {@link #withNamespace} and {@link #withLocatorKey}
 * give variants. Get one from {@link RadosClient#ioCtx(String)}.
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
public final class IoCtx {
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

  private CompletableFuture<Void> operateAsync(String oid, WriteOperation op, int flags) {
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
    OsdOpSpec spec = spec(oid, op.take(), flags, true, op.bytes(), op.describe());
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
    OsdOpSpec spec = spec(oid, op.take(), OsdOpFlags.READ, false, 0, op.describe());
    return run(
        spec,
        r -> {
          op.complete(r.ops());
          return null;
        });
  }

  // ---- data ------------------------------------------------------------------------------------

  public CompletableFuture<Void> writeFullAsync(String oid, byte[] data) {
    return operateAsync(oid, new WriteOperation().writeFull(data));
  }

  /** Replaces the object's content with {@code data}, creating it if needed. */
  public void writeFull(String oid, byte[] data) {
    operate(oid, new WriteOperation().writeFull(data));
  }

  public CompletableFuture<Void> writeAsync(String oid, byte[] data, long offset) {
    return operateAsync(oid, new WriteOperation().write(offset, data));
  }

  /** Writes {@code data} at {@code offset}, creating the object if needed. */
  public void write(String oid, byte[] data, long offset) {
    operate(oid, new WriteOperation().write(offset, data));
  }

  public CompletableFuture<Void> appendAsync(String oid, byte[] data) {
    return operateAsync(oid, new WriteOperation().append(data));
  }

  public void append(String oid, byte[] data) {
    operate(oid, new WriteOperation().append(data));
  }

  public CompletableFuture<byte[]> readAsync(String oid, long offset, int length) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> data = op.read(offset, length);
    return operateAsync(oid, op).thenApply(v -> data.get());
  }

  /**
   * Like {@link #readAsync}, but hands over the bytes as they arrived from the OSD, without
   * allocating and filling an array: for large reads, where zeroing and copying a 4 MiB array costs
   * more than the read's own bookkeeping. The caller owns the buffer and must {@link
   * ByteBuf#release() release} it.
   */
  public CompletableFuture<ByteBuf> readBufferAsync(String oid, long offset, int length) {
    byte[] name = nameBytes(oid);
    checkName(name);
    String what = "read " + length + " at " + offset;
    OsdOpSpec spec =
        spec(name, List.of(DataOps.read(offset, length)), OsdOpFlags.READ, false, 0, what);
    return run(spec, r -> r.ops().get(0).outdata().retainedSlice());
  }

  /** Up to {@code length} bytes at {@code offset}; fewer at the end of the object. */
  public byte[] read(String oid, long offset, int length) {
    return await(readAsync(oid, offset, length), "read of " + oid);
  }

  public CompletableFuture<Void> setAllocHintAsync(
      String oid, long expectedObjectSize, long expectedWriteSize, int flags) {
    return operateAsync(
        oid, new WriteOperation().setAllocHint(expectedObjectSize, expectedWriteSize, flags));
  }

  /** librados' set_alloc_hint2: see {@link WriteOperation#setAllocHint}. */
  public void setAllocHint(String oid, long expectedObjectSize, long expectedWriteSize, int flags) {
    operate(oid, new WriteOperation().setAllocHint(expectedObjectSize, expectedWriteSize, flags));
  }

  public CompletableFuture<Void> truncateAsync(String oid, long size) {
    return operateAsync(oid, new WriteOperation().truncate(size));
  }

  public void truncate(String oid, long size) {
    operate(oid, new WriteOperation().truncate(size));
  }

  public CompletableFuture<Void> zeroAsync(String oid, long offset, long length) {
    return operateAsync(oid, new WriteOperation().zero(offset, length));
  }

  public void zero(String oid, long offset, long length) {
    operate(oid, new WriteOperation().zero(offset, length));
  }

  public CompletableFuture<Void> createAsync(String oid, boolean exclusive) {
    return operateAsync(oid, new WriteOperation().create(exclusive));
  }

  /**
   * Creates an empty object; with {@code exclusive}, {@link ObjectExistsException} if it exists.
   */
  public void create(String oid, boolean exclusive) {
    operate(oid, new WriteOperation().create(exclusive));
  }

  /**
   * Deletes the object, even when the cluster or pool is full (as librados does, with FULL_FORCE:
   * removing is how space is freed).
   */
  public CompletableFuture<Void> removeAsync(String oid) {
    return operateAsync(
        oid, new WriteOperation().remove(), OsdOpFlags.WRITE | OsdOpFlags.FULL_FORCE);
  }

  /** Deletes the object; {@link ObjectNotFoundException} if there is none. */
  public void remove(String oid) {
    await(removeAsync(oid), "remove of " + oid);
  }

  public CompletableFuture<ObjectStat> statAsync(String oid) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<ObjectStat> st = op.stat();
    return operateAsync(oid, op).thenApply(v -> st.get());
  }

  public ObjectStat stat(String oid) {
    return await(statAsync(oid), "stat of " + oid);
  }

  // ---- xattrs ----------------------------------------------------------------------------------

  public CompletableFuture<byte[]> getXattrAsync(String oid, String name) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> v = op.getXattr(name);
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public byte[] getXattr(String oid, String name) {
    return await(getXattrAsync(oid, name), "getxattr " + name + " of " + oid);
  }

  public CompletableFuture<SortedMap<String, byte[]>> getXattrsAsync(String oid) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<SortedMap<String, byte[]>> v = op.getXattrs();
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public SortedMap<String, byte[]> getXattrs(String oid) {
    return await(getXattrsAsync(oid), "getxattrs of " + oid);
  }

  public CompletableFuture<Void> setXattrAsync(String oid, String name, byte[] value) {
    return operateAsync(oid, new WriteOperation().setXattr(name, value));
  }

  public void setXattr(String oid, String name, byte[] value) {
    operate(oid, new WriteOperation().setXattr(name, value));
  }

  public CompletableFuture<Void> rmXattrAsync(String oid, String name) {
    return operateAsync(oid, new WriteOperation().rmXattr(name));
  }

  public void rmXattr(String oid, String name) {
    operate(oid, new WriteOperation().rmXattr(name));
  }

  // ---- omap ------------------------------------------------------------------------------------

  public CompletableFuture<OmapPage> omapGetKeysAsync(String oid, String startAfter, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapPage> v = op.omapGetKeys(startAfter, max);
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public OmapPage omapGetKeys(String oid, String startAfter, int max) {
    return await(omapGetKeysAsync(oid, startAfter, max), "omap keys of " + oid);
  }

  public CompletableFuture<OmapPage> omapGetValsAsync(
      String oid, String startAfter, String prefix, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapPage> v = op.omapGetVals(startAfter, prefix, max);
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public OmapPage omapGetVals(String oid, String startAfter, String prefix, int max) {
    return await(omapGetValsAsync(oid, startAfter, prefix, max), "omap values of " + oid);
  }

  public CompletableFuture<SortedMap<String, byte[]>> omapGetValsByKeysAsync(
      String oid, Set<String> keys) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<SortedMap<String, byte[]>> v = op.omapGetValsByKeys(keys);
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public SortedMap<String, byte[]> omapGetValsByKeys(String oid, Set<String> keys) {
    return await(omapGetValsByKeysAsync(oid, keys), "omap values of " + oid);
  }

  public CompletableFuture<byte[]> omapGetHeaderAsync(String oid) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> v = op.omapGetHeader();
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public byte[] omapGetHeader(String oid) {
    return await(omapGetHeaderAsync(oid), "omap header of " + oid);
  }

  public CompletableFuture<Void> omapSetAsync(String oid, Map<String, byte[]> entries) {
    return operateAsync(oid, new WriteOperation().omapSet(entries));
  }

  public void omapSet(String oid, Map<String, byte[]> entries) {
    operate(oid, new WriteOperation().omapSet(entries));
  }

  /**
   * Omap keys with their exact bytes (for keys that need not be UTF-8); see {@link OmapRawPage}.
   */
  public CompletableFuture<OmapRawPage> omapGetKeysRawAsync(
      String oid, byte[] startAfter, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapRawPage> v = op.omapGetKeysRaw(startAfter, max);
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public OmapRawPage omapGetKeysRaw(String oid, byte[] startAfter, int max) {
    return await(omapGetKeysRawAsync(oid, startAfter, max), "omap keys of " + oid);
  }

  /** Omap entries, keys with their exact bytes; see {@link OmapRawPage}. */
  public CompletableFuture<OmapRawPage> omapGetValsRawAsync(
      String oid, byte[] startAfter, byte[] prefix, int max) {
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<OmapRawPage> v = op.omapGetValsRaw(startAfter, prefix, max);
    return operateAsync(oid, op).thenApply(x -> v.get());
  }

  public OmapRawPage omapGetValsRaw(String oid, byte[] startAfter, byte[] prefix, int max) {
    return await(omapGetValsRawAsync(oid, startAfter, prefix, max), "omap values of " + oid);
  }

  public CompletableFuture<Void> omapSetRawAsync(String oid, Map<byte[], byte[]> entries) {
    return operateAsync(oid, new WriteOperation().omapSetRaw(entries));
  }

  /** Sets omap keys of any bytes. */
  public void omapSetRaw(String oid, Map<byte[], byte[]> entries) {
    operate(oid, new WriteOperation().omapSetRaw(entries));
  }

  public CompletableFuture<Void> omapRmKeysRawAsync(String oid, Collection<byte[]> keys) {
    return operateAsync(oid, new WriteOperation().omapRmKeysRaw(keys));
  }

  /** Removes omap keys of any bytes. */
  public void omapRmKeysRaw(String oid, Collection<byte[]> keys) {
    operate(oid, new WriteOperation().omapRmKeysRaw(keys));
  }

  public CompletableFuture<Void> omapRmKeysAsync(String oid, Set<String> keys) {
    return operateAsync(oid, new WriteOperation().omapRmKeys(keys));
  }

  public void omapRmKeys(String oid, Set<String> keys) {
    operate(oid, new WriteOperation().omapRmKeys(keys));
  }

  public CompletableFuture<Void> omapClearAsync(String oid) {
    return operateAsync(oid, new WriteOperation().omapClear());
  }

  public void omapClear(String oid) {
    operate(oid, new WriteOperation().omapClear());
  }

  public CompletableFuture<Void> omapSetHeaderAsync(String oid, byte[] header) {
    return operateAsync(oid, new WriteOperation().omapSetHeader(header));
  }

  public void omapSetHeader(String oid, byte[] header) {
    operate(oid, new WriteOperation().omapSetHeader(header));
  }

  // ---- object classes --------------------------------------------------------------------------

  /** Calls {@code cls.method} on the object (which the method may change); its output. */
  public CompletableFuture<byte[]> execAsync(String oid, String cls, String method, byte[] input) {
    byte[] name = nameBytes(oid);
    checkName(name);
    ReadOperation op = new ReadOperation();
    ReadOperation.Result<byte[]> out = op.exec(cls, method, input);
    OsdOpSpec spec =
        // As librados: a class call goes out as a read; the OSD learns from the method's own
        // flags whether it writes.
        spec(name, op.take(), OsdOpFlags.READ, false, input.length, op.describe());
    return run(
        spec,
        r -> {
          op.complete(r.ops());
          return out.get();
        });
  }

  public byte[] exec(String oid, String cls, String method, byte[] input) {
    return await(execAsync(oid, cls, method, input), "exec " + cls + "." + method + " on " + oid);
  }

  // ---- watch and notify ------------------------------------------------------------------------

  /** A notify's timeout when none is given: librados' client_notify_timeout. */
  public static final Duration DEFAULT_NOTIFY_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Watches {@code oid} with the OSD's watch timeout (osd_client_watch_timeout, 30 s by default).
   * See {@link #watchAsync(String, Duration, WatchListener)}.
   */
  public CompletableFuture<Watch> watchAsync(String oid, WatchListener listener) {
    return watchAsync(oid, Duration.ZERO, listener);
  }

  /**
   * Watches {@code oid}: {@code listener} hears of every notify sent to it, until the watch is
   * closed. Fails with {@link ObjectNotFoundException} if the object does not exist.
   *
   * @param timeout how long the OSD keeps the watch while it cannot reach this client, rounded up
   *     to whole seconds; zero for the OSD's default. Past it the watch is lost.
   */
  public CompletableFuture<Watch> watchAsync(String oid, Duration timeout, WatchListener listener) {
    Objects.requireNonNull(listener, "listener");
    long seconds = wholeSeconds(timeout, "watch timeout", 0);
    byte[] name = nameBytes(oid);
    checkName(name);
    Duration waitLimit = opTimeout().plusSeconds(1);
    CompletableFuture<Watch> out = new CompletableFuture<>();
    objecter
        .watches()
        .watch(objectRef(name), seconds, listener)
        .whenComplete(
            (cookie, e) -> {
              if (e != null) {
                out.completeExceptionally(e);
                return;
              }
              Watch watch = new Watch(objecter.watches(), cookie, oid, waitLimit);
              if (!out.complete(watch)) {
                watch.closeAsync(); // the caller gave up waiting: leave no watch behind
              }
            });
    return out;
  }

  public Watch watch(String oid, WatchListener listener) {
    return await(watchAsync(oid, listener), "watch of " + oid);
  }

  public Watch watch(String oid, Duration timeout, WatchListener listener) {
    return await(watchAsync(oid, timeout, listener), "watch of " + oid);
  }

  /**
   * Notifies every watcher of {@code oid} with {@code payload}, and gathers their replies. Watchers
   * that do not acknowledge within {@code timeout} are listed in {@link NotifyResult#timedOut()}
   * (librados' ETIMEDOUT). Fails with {@link ObjectNotFoundException} if the object does not exist.
   *
   * @param timeout how long the OSD waits for the watchers, rounded up to whole seconds; at least 1
   *     second
   */
  public CompletableFuture<NotifyResult> notifyAsync(String oid, byte[] payload, Duration timeout) {
    Objects.requireNonNull(payload, "payload");
    long seconds = wholeSeconds(timeout, "notify timeout", 1);
    byte[] name = nameBytes(oid);
    checkName(name);
    return objecter.watches().notify(objectRef(name), payload.clone(), seconds);
  }

  /** Notifies with {@link #DEFAULT_NOTIFY_TIMEOUT}. */
  public CompletableFuture<NotifyResult> notifyAsync(String oid, byte[] payload) {
    return notifyAsync(oid, payload, DEFAULT_NOTIFY_TIMEOUT);
  }

  public NotifyResult notify(String oid, byte[] payload, Duration timeout) {
    CompletableFuture<NotifyResult> f = notifyAsync(oid, payload, timeout);
    // The notify's own deadline (its timeout, a grace, and the op timeout) comes first.
    Duration limit = Watches.notifyDeadline(timeout).plusSeconds(1).plus(opTimeout());
    return Blocking.await(f, limit, "notify of " + oid + " in pool " + poolName);
  }

  public NotifyResult notify(String oid, byte[] payload) {
    return notify(oid, payload, DEFAULT_NOTIFY_TIMEOUT);
  }

  /** The watches on {@code oid} (what {@code rados listwatchers} prints). */
  public CompletableFuture<List<WatcherInfo>> listWatchersAsync(String oid) {
    byte[] name = nameBytes(oid);
    checkName(name);
    OsdOpSpec spec =
        spec(name, List.of(WatchOps.listWatchers()), OsdOpFlags.READ, false, 0, "list watchers");
    return run(
        spec,
        r ->
            WatchOps.parseWatchers(r.ops().get(0).outdata()).stream()
                .map(
                    w ->
                        new WatcherInfo(
                            w.watcher().toString(),
                            w.cookie(),
                            w.timeoutSeconds(),
                            w.address() == null ? "-" : w.address().cephText()))
                .toList());
  }

  public List<WatcherInfo> listWatchers(String oid) {
    return await(listWatchersAsync(oid), "listing the watchers of " + oid);
  }

  private ObjectRef objectRef(byte[] name) {
    return new ObjectRef(poolId, poolName, namespace, locatorKey, name);
  }

  /** A timeout as the u32 seconds the OSD takes, rounded up. */
  private static long wholeSeconds(Duration timeout, String what, long min) {
    Objects.requireNonNull(timeout, what);
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + timeout);
    }
    long seconds = timeout.getSeconds() + (timeout.getNano() > 0 ? 1 : 0);
    if (seconds < min || seconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          what + " must be " + min + " to 4294967295 seconds, not " + timeout);
    }
    return seconds;
  }

  // ---- pool snapshots --------------------------------------------------------------------------

  /**
   * Takes a snapshot of the whole pool ({@code rados mksnap}, librados' {@code snap_create}); fails
   * with EEXIST if the pool has one of that name, or with the mons' error (say, EINVAL for a pool
   * whose snapshots its clients manage, as RBD's are).
   */
  public CompletableFuture<PoolSnapshotInfo> createSnapshotAsync(String name) {
    return pools.createSnapshot(poolId, poolName, Objects.requireNonNull(name, "name"));
  }

  public PoolSnapshotInfo createSnapshot(String name) {
    return await(createSnapshotAsync(name), "snapshot " + name);
  }

  /** Removes a pool snapshot ({@code rados rmsnap}); fails with ENOENT if there is none. */
  public CompletableFuture<Void> removeSnapshotAsync(String name) {
    return pools.removeSnapshot(poolId, poolName, Objects.requireNonNull(name, "name"));
  }

  public void removeSnapshot(String name) {
    await(removeSnapshotAsync(name), "removing snapshot " + name);
  }

  /** The pool's snapshots, by id ({@code rados lssnap}). */
  public CompletableFuture<List<PoolSnapshotInfo>> listSnapshotsAsync() {
    return pools.snapshots(poolId, poolName);
  }

  public List<PoolSnapshotInfo> listSnapshots() {
    return await(listSnapshotsAsync(), "listing snapshots");
  }

  /** The pool snapshot named {@code name}; fails with ENOENT if there is none. */
  public CompletableFuture<PoolSnapshotInfo> lookupSnapshotAsync(String name) {
    return pools.snapshot(poolId, poolName, Objects.requireNonNull(name, "name"));
  }

  public PoolSnapshotInfo lookupSnapshot(String name) {
    return await(lookupSnapshotAsync(name), "snapshot " + name);
  }

  /**
   * The versions of {@code oid} that snapshots keep ({@code rados listsnaps}): its clones, oldest
   * first, then the head if the object exists now.
   */
  public CompletableFuture<List<ObjectClone>> objectClonesAsync(String oid) {
    byte[] name = nameBytes(oid);
    checkName(name);
    OsdOpSpec spec =
        spec(
            name,
            List.of(SnapOps.listSnaps()),
            OsdOpFlags.READ,
            false,
            0,
            "list snaps",
            SnapOps.SNAPDIR);
    return run(
        spec,
        r ->
            SnapOps.parseListSnaps(r.ops().get(0).outdata()).clones().stream()
                .map(
                    c ->
                        new ObjectClone(
                            c.cloneId(),
                            c.snaps(),
                            c.overlap().stream()
                                .map(x -> new ObjectClone.Range(x.offset(), x.length()))
                                .toList(),
                            c.size()))
                .toList());
  }

  public List<ObjectClone> objectClones(String oid) {
    return await(objectClonesAsync(oid), "listing the clones of " + oid);
  }

  /**
   * Makes {@code oid} what it was at pool snapshot {@code snapName} ({@code rados rollback}): its
   * data, xattrs and omap; an object the snapshot did not have is removed.
   */
  public CompletableFuture<Void> rollbackAsync(String oid, String snapName) {
    return lookupSnapshotAsync(snapName)
        .thenCompose(s -> operateAsync(oid, new WriteOperation().rollback(s.id())));
  }

  public void rollback(String oid, String snapName) {
    await(rollbackAsync(oid, snapName), "rollback of " + oid + " to " + snapName);
  }

  /**
   * Makes {@code oid} what it was at snapshot {@code snapId}, pool or self-managed (librados'
   * {@code selfmanaged_snap_rollback}); the write carries this context's snap context. As in
   * librados, an object the snapshot did not have is removed.
   */
  public CompletableFuture<Void> rollbackAsync(String oid, long snapId) {
    return operateAsync(oid, new WriteOperation().rollback(snapId));
  }

  public void rollback(String oid, long snapId) {
    await(rollbackAsync(oid, snapId), "rollback of " + oid + " to snapshot " + snapId);
  }

  // ---- self-managed snapshots ------------------------------------------------------------------

  /**
   * Allocates a self-managed snapshot id from the mons (librados' {@code selfmanaged_snap_create}),
   * and completes once the client's map has it. The pool then takes no pool snapshots. Writes
   * preserve data for it only once their {@link #withWriteSnapContext snap context} names it.
   *
   * <p>Like librados, a request pending when the mon session drops is sent again on the next one,
   * so a lost reply can cost an unused id.
   */
  public CompletableFuture<Long> createSelfManagedSnapshotAsync() {
    return pools.createSelfManagedSnapshot(poolId, poolName);
  }

  public long createSelfManagedSnapshot() {
    return await(createSelfManagedSnapshotAsync(), "creating a self-managed snapshot");
  }

  /**
   * Removes self-managed snapshot {@code snapId} (librados' {@code selfmanaged_snap_remove}); the
   * OSDs then trim its clones in the background. Removing one already removed succeeds, as it does
   * in librados.
   */
  public CompletableFuture<Void> removeSelfManagedSnapshotAsync(long snapId) {
    return pools.removeSelfManagedSnapshot(poolId, poolName, snapId);
  }

  public void removeSelfManagedSnapshot(long snapId) {
    await(
        removeSelfManagedSnapshotAsync(snapId),
        "removing self-managed snapshot " + Long.toUnsignedString(snapId));
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

  private OsdOpSpec spec(
      byte[] oid,
      java.util.List<io.jrados.protocol.osd.OsdOp> ops,
      int flags,
      boolean write,
      long bytes,
      String what) {
    return spec(oid, ops, flags, write, bytes, what, write ? HEAD : readSnapshot);
  }

  private OsdOpSpec spec(
      byte[] oid,
      List<io.jrados.protocol.osd.OsdOp> ops,
      int flags,
      boolean write,
      long bytes,
      String what,
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
   * Submits and reads the answer. The reply is released here, on the objecter's own future, so a
   * caller that cancels or completes the returned future early cannot leak it.
   */
  private <T> CompletableFuture<T> run(OsdOpSpec spec, Function<OsdResult, T> read) {
    CompletableFuture<T> out = new CompletableFuture<>();
    objecter
        .submit(spec)
        .whenComplete(
            (r, e) -> {
              if (e != null) {
                out.completeExceptionally(e);
                return;
              }
              try {
                if (r.result() < 0) {
                  throw OsdErrors.forResult(r.result(), spec);
                }
                T value = read.apply(r);
                if (!out.complete(value)) {
                  // The caller cancelled first: a buffer handed over would be nobody's to release.
                  ReferenceCountUtil.release(value);
                }
              } catch (RuntimeException x) {
                out.completeExceptionally(x);
              } finally {
                r.release();
              }
            });
    return out;
  }

  private static byte[] nameBytes(String oid) {
    if (oid == null) {
      throw new IllegalArgumentException("an object name must not be null");
    }
    return SurrogateEscape.encode(oid);
  }

  private static void checkName(byte[] oid) {
    if (oid.length == 0) {
      throw new IllegalArgumentException("an object name must not be empty");
    }
    if (oid.length > 2048) {
      // osd_max_object_name_len; the OSD would answer ENAMETOOLONG.
      throw new IllegalArgumentException("object name longer than 2048 bytes: " + oid.length);
    }
  }

  private <T> T await(CompletableFuture<T> f, String what) {
    return Blocking.await(f, objecter.opTimeout().plusSeconds(1), what + " in pool " + poolName);
  }

  Duration opTimeout() {
    return objecter.opTimeout();
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
