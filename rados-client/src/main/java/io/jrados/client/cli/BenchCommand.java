package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.WriteOperation;
import io.jrados.protocol.osd.AllocHint;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

/**
 * {@code bench SECONDS write|seq|rand}: rados bench's run on jrados's async API, with its objects
 * ({@code benchmark_data_HOST_PID_objectN}, each op's bytes stamped "I'm the Nth op!"), its
 * metadata object and cleanup, so either tool reads what the other wrote, and its output.
 *
 * <p>Exactly T ops are in flight: T are started, then one more each time one completes. The next op
 * starts from the completion of the one before, on the client's I/O thread, as an application on
 * the async API would chain them: no hand-off to another thread and back per op. rados bench's main
 * thread waits for each completion instead; that wake-up is a cost of its design, not of the
 * client's, and here it took a third of the process's CPU per op (4 KiB reads). {@link BenchFlow}
 * keeps count; the fields below that the ops use are guarded by its monitor. This thread only
 * starts the first T ops and waits for the last to finish.
 */
final class BenchCommand {

  private final IoCtx io;
  private final RadosArgs a;
  private final PrintStream out;
  private final PrintStream err;
  private final BenchCpu cpu = new BenchCpu();
  private BenchStats stats;

  // The phase in progress (the timed run, or the cleanup).
  private BenchFlow flow;
  // What the ops write, name and check.
  private int opBytes;

  /**
   * A whole op's bytes per op in flight, stamped again for each op it carries (see {@link #write}).
   */
  private ByteBuf[] slots;

  /** The stamped head of the op being started; one thread starts ops at a time (the flow's). */
  private byte[] stamped;

  private String objectPrefix;
  private int pid;
  private int readSize;
  private int readsPerObject;
  private int readObjects;
  private boolean randomReads;
  private byte[] expected;
  private int wrongReads;
  private int removeObjects;
  private int nextRemove;
  private int removed;

  BenchCommand(IoCtx io, RadosArgs a, PrintStream out, PrintStream err) {
    this.io = io;
    this.a = a;
    this.out = out;
    this.err = err;
  }

  int run() {
    String secondsText = a.words().get(1);
    int seconds;
    try {
      seconds = Integer.parseInt(secondsText.strip());
    } catch (NumberFormatException e) {
      err.println("Invalid value for seconds: '" + secondsText + "'");
      return 1;
    }
    String mode = a.words().get(2);
    if (!mode.equals("write") && !mode.equals("seq") && !mode.equals("rand")) {
      err.print(Usage.TEXT);
      return 1;
    }
    if (!mode.equals("write") && a.opSizeGiven()) {
      err.println("-b|--block_size option can be used only with 'write' bench test");
      return 1;
    }
    out.println("hints = " + (a.noHints() ? 0 : 1));
    int r;
    try {
      r = a.concurrency() <= 0 ? -22 : mode.equals("write") ? write(seconds) : read(seconds, mode);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      r = -4;
    } finally {
      if (stats != null) {
        stats.stopPrinter();
      }
    }
    if (r != 0) {
      err.println("error during benchmark: " + StrError.of(r));
      err.println("error " + -r + ": " + StrError.of(r));
      return 1;
    }
    return 0;
  }

  // ---- write -----------------------------------------------------------------------------------

  private int write(int seconds) throws InterruptedException {
    int t = a.concurrency();
    int opSize = a.opSize();
    stats = new BenchStats(out, a.showTime(), opSize);
    out.println(
        stats.prefix()
            + "Maintaining "
            + t
            + " concurrent writes of "
            + opSize
            + " bytes to objects of size "
            + opSize
            + " for up to "
            + seconds
            + " seconds or "
            + a.maxObjects()
            + " objects");
    pid = (int) ProcessHandle.current().pid();
    objectPrefix = BenchObjects.prefix(pid);
    out.println(stats.prefix() + "Object prefix: " + objectPrefix);
    // The memory rados bench writes from: one buffer per op in flight, filled once before the run.
    // Each op stamps its head in place once the op before it on that buffer has finished, so
    // nothing is allocated, copied or put together per op. Same bytes in as many buffers as rados
    // bench uses: the comparison with it is then one of the clients. (Large ops once went as a
    // stamped head plus one tail that every op shared. That tail stayed in the CPU's cache, where
    // rados bench's 16 x 4 MiB do not, and it made this tool's CRC and socket copy cheaper than
    // rados bench's for a reason of the tool, not of the client.)
    opBytes = opSize;
    stamped = filled(headBytes(), (byte) 'z');
    // Filled inside the measured phase (warm CPU), as rados bench's filling is in its process CPU,
    // but before the clock starts, as rados bench fills its buffers before its start time.
    cpu.start();
    slots = slotBuffers(opSize, t);
    if (slots == null) {
      return -12; // ENOMEM, said above
    }
    try {
      stats.begin();
      stats.startPrinter("write_stat");
      flow = new BenchFlow(seconds, stats.startNanos());
      synchronized (flow) {
        // The first T start whatever the clock says, as rados bench's do.
        for (int i = 0; i < t && !flow.failed(); i++) {
          flow.start(new WriteSlot(i));
        }
        flow.startedAll();
      }
      int failure = flow.await();
      if (failure != 0) {
        return failure;
      }
      return afterWrites(opSize, t);
    } finally {
      for (ByteBuf slot : slots) {
        slot.release();
      }
    }
  }

  /**
   * T buffers of {@code opSize} bytes of 'z', or null (having said why on stderr) when the JVM
   * cannot hold them: rados bench would take the same memory, but a JVM's direct memory has a
   * ceiling of its own, and a run that asks for more is refused before it starts.
   */
  private ByteBuf[] slotBuffers(int opSize, int t) {
    ByteBuf[] made = null;
    int count = 0;
    try {
      made = new ByteBuf[t];
      ByteBuf first = PooledByteBufAllocator.DEFAULT.directBuffer(opSize, opSize);
      made[count++] = first;
      byte[] zs = filled(Math.min(opSize, 64 * 1024), (byte) 'z');
      while (first.isWritable()) {
        first.writeBytes(zs, 0, Math.min(zs.length, first.writableBytes()));
      }
      for (; count < t; count++) {
        made[count] = PooledByteBufAllocator.DEFAULT.directBuffer(opSize, opSize);
        made[count].writeBytes(first, 0, opSize);
      }
      return made;
    } catch (OutOfMemoryError e) {
      for (int i = 0; i < count; i++) {
        made[i].release();
      }
      err.println(
          "bench: "
              + t
              + " concurrent ops of "
              + opSize
              + " bytes need "
              + (long) t * opSize
              + " bytes of buffers, more than this JVM can hold ("
              + e.getMessage()
              + "); lower -t or -b, or raise -XX:MaxDirectMemorySize");
      return null;
    }
  }

  /** The part of each op that carries its stamp. */
  private int headBytes() {
    return Math.min(opBytes, 40);
  }

  private int afterWrites(int opSize, int t) throws InterruptedException {
    double elapsed = stats.elapsed();
    cpu.report(err, stats);
    stats.stopPrinter();
    out.print(stats.writeSummary(elapsed, opSize));
    int objects = stats.finished();
    try {
      io.writeFull(BenchMetadata.OBJECT, new BenchMetadata(opSize, objects, pid, opSize).encode());
      if (!a.noCleanup()) {
        return cleanup(objects, t);
      }
      return 0;
    } catch (RuntimeException e) {
      return -ObjectCommands.errno(e);
    }
  }

  /**
   * One of the T ops in flight, started again as each finishes: it starts the next op (as a
   * Runnable) and hears of its end (as a BiConsumer). One object per slot for the whole run, not
   * two lambdas per op (see {@link BenchFlow}'s Finish).
   */
  private final class WriteSlot implements Runnable, BiConsumer<Void, Throwable> {
    /** Which buffer its ops are written from. */
    final int slot;

    /** When its op in flight started. */
    long t0;

    WriteSlot(int slot) {
      this.slot = slot;
    }

    @Override
    public void run() {
      startWrite(stats.started(), this);
    }

    @Override
    public void accept(Void v, Throwable ex) {
      writeDone(this, ex);
    }
  }

  /** Starts op {@code index} from {@code s}'s buffer, which is free again. */
  private void startWrite(int index, WriteSlot s) {
    BenchObjects.stamp(stamped, index);
    ByteBuf data = slots[s.slot].setBytes(0, stamped).retainedDuplicate();
    WriteOperation op = new WriteOperation();
    if (!a.noHints()) {
      // As rados bench: each object is written once, whole, and kept as it is.
      op.setAllocHint(opBytes, opBytes, AllocHint.BENCH);
    }
    op.write(0, data);
    s.t0 = System.nanoTime();
    flow.submit(io.operateAsync(BenchObjects.name(objectPrefix, index), op), s);
    stats.opStarted();
  }

  /** Under the flow's monitor. The op's buffer is free once its op has finished. */
  private void writeDone(WriteSlot s, Throwable ex) {
    if (ex != null) {
      flow.fail(-errno(ex));
      return;
    }
    stats.opFinished((System.nanoTime() - s.t0) / 1e9, true);
    cpu.markSecondHalf(flow, stats);
    // --max-objects N: no op starts once N have (rados bench's count, with objects of one op).
    if (flow.running() && (a.maxObjects() == 0 || stats.started() < a.maxObjects())) {
      flow.start(s);
    }
  }

  private static byte[] filled(int size, byte value) {
    byte[] b = new byte[size];
    Arrays.fill(b, value);
    return b;
  }

  // ---- seq and rand ----------------------------------------------------------------------------

  private int read(int seconds, String mode) throws InterruptedException {
    BenchMetadata meta;
    try {
      meta = BenchMetadata.decode(io.read(BenchMetadata.OBJECT, 0, 24));
    } catch (ObjectNotFoundException e) {
      err.println("Must write data before running a read benchmark!");
      return -2;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return -5;
    } catch (RuntimeException e) {
      return -ObjectCommands.errno(e);
    }
    if (meta.objects() == 0) {
      err.println("Must write data before running a read benchmark!");
      return -2;
    }
    int opSize = (int) meta.opSize();
    stats = new BenchStats(out, a.showTime(), opSize);
    stats.begin();
    cpu.start();
    stats.startPrinter(mode + "_read_stat");
    flow = new BenchFlow(seconds, stats.startNanos());
    synchronized (flow) {
      pid = meta.pid();
      objectPrefix = BenchObjects.prefix(pid);
      readSize = opSize;
      readsPerObject = (int) (meta.objectSize() / meta.opSize());
      readObjects = meta.objects();
      randomReads = mode.equals("rand");
      expected = filled(opSize, (byte) 'z');
      // rados starts T reads whatever the object count; past the last object they would fail.
      for (int i = 0; i < Math.min(a.concurrency(), readObjects) && !flow.failed(); i++) {
        flow.start(new ReadOp(i));
      }
      flow.startedAll();
    }
    int failure = flow.await();
    if (failure != 0) {
      return failure;
    }
    double elapsed = stats.elapsed();
    cpu.report(err, stats);
    stats.stopPrinter();
    out.print(stats.readSummary(elapsed, (int) meta.objectSize()));
    synchronized (flow) {
      return wrongReads > 0 ? -5 : 0;
    }
  }

  /** One read: starts it (as a Runnable), then hears of its end (see {@link WriteSlot}). */
  private final class ReadOp implements Runnable, BiConsumer<ByteBuf, Throwable> {
    final int index;
    long t0;

    ReadOp(int index) {
      this.index = index;
    }

    @Override
    public void run() {
      startRead(this);
    }

    @Override
    public void accept(ByteBuf data, Throwable ex) {
      readDone(data, this, ex);
    }
  }

  private void startRead(ReadOp r) {
    String oid = BenchObjects.name(objectPrefix, r.index / readsPerObject);
    long offset = (long) readSize * (r.index % readsPerObject);
    r.t0 = System.nanoTime();
    // The reply's own buffer, as rados bench reads into a bufferlist: no array to zero and fill.
    flow.submit(io.readBufferAsync(oid, offset, readSize), r);
    stats.opStarted();
  }

  /** Under the flow's monitor. */
  private void readDone(ByteBuf data, ReadOp r, Throwable ex) {
    if (ex != null) {
      int errno = errno(ex);
      if (flow.failure() == 0) {
        err.println("read got " + -errno);
      }
      flow.fail(-errno);
      return;
    }
    stats.opFinished((System.nanoTime() - r.t0) / 1e9, false);
    cpu.markSecondHalf(flow, stats);
    verifyAndRelease(data, r.index);
    if (flow.running() && (randomReads || readObjects > stats.started())) {
      int next = randomReads ? ThreadLocalRandom.current().nextInt(readObjects) : stats.started();
      flow.start(new ReadOp(next));
    }
  }

  private void verifyAndRelease(ByteBuf got, int index) {
    try {
      if (a.noVerify()) {
        return;
      }
      BenchObjects.stamp(expected, index);
      if (!BenchObjects.sameBytes(got, expected)) {
        err.println(BenchObjects.name(objectPrefix, index / readsPerObject) + " is not correct!");
        wrongReads++;
      }
    } finally {
      got.release();
    }
  }

  // ---- cleanup ---------------------------------------------------------------------------------

  /** Deletes the objects a write made, T at a time, then its metadata, as rados bench. */
  private int cleanup(int objects, int t) throws InterruptedException {
    out.println(stats.prefix() + "Cleaning up (deleting benchmark objects)");
    long t0 = System.nanoTime();
    flow = BenchFlow.untimed(t0);
    synchronized (flow) {
      removeObjects = objects;
      while (nextRemove < Math.min(t, objects) && flow.running()) {
        int index = nextRemove++;
        flow.start(() -> startRemove(index));
      }
      flow.startedAll();
    }
    int failure = flow.await();
    if (failure != 0) {
      return failure;
    }
    int n;
    synchronized (flow) {
      n = removed;
    }
    out.println(stats.prefix() + "Removed " + n + " object" + (n != 1 ? "s" : ""));
    io.remove(BenchMetadata.OBJECT);
    out.println(
        stats.prefix()
            + "Clean up completed and total clean up time :"
            + CppText.g6((System.nanoTime() - t0) / 1e9));
    return 0;
  }

  private void startRemove(int index) {
    flow.submit(io.removeAsync(BenchObjects.name(objectPrefix, index)), (v, ex) -> removeDone(ex));
  }

  /** Under the flow's monitor. */
  private void removeDone(Throwable ex) {
    removed++;
    // ENOENT: already gone, which is what a removal wants.
    int errno = ex == null ? 0 : errno(ex);
    if (errno != 0 && errno != 2 && flow.failure() == 0) {
      flow.fail(-errno);
      err.println("remove got " + flow.failure());
    }
    if (flow.running() && nextRemove < removeObjects) {
      int index = nextRemove++;
      flow.start(() -> startRemove(index));
    }
  }

  private static int errno(Throwable t) {
    Throwable c = t;
    while (c instanceof CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    return c instanceof RuntimeException re ? ObjectCommands.errno(re) : 5;
  }
}
