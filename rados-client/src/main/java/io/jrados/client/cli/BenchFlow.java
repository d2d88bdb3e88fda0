package io.jrados.client.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * The flow of one bench phase (the timed run, or the cleanup) on the client's async API: how many
 * ops are in flight, whether to start more (not past the deadline, not after a failure), the first
 * failure, and a future the starting thread waits on until the last op has finished.
 *
 * <p>Ops start from the completions of the ones before, on whichever thread completes them (the
 * client's I/O thread). Everything that starts an op or handles a completion runs under this
 * object's monitor: {@link #submit} takes it for each completion, and the starting thread holds it
 * while it starts the first ops. What the bench keeps about its ops is guarded by it too.
 */
final class BenchFlow {
  private final int seconds;
  private final boolean timed;
  private final long deadline;
  private final CompletableFuture<Void> drained = new CompletableFuture<>();
  private boolean stopping;
  private int failure;
  private int inFlight;

  /**
   * A timed phase: its first ops start whatever the time, and later ones only within {@code
   * seconds} of {@code startNanos} ({@link System#nanoTime}'s clock, the start its statistics count
   * from). So 0 seconds runs the first ops only, as rados bench does with 0 (its loop tests the
   * clock before each op after the first batch).
   */
  BenchFlow(int seconds, long startNanos) {
    this(seconds, true, startNanos);
  }

  /** A phase with no time limit (the cleanup): it ends when its ops run out or one fails. */
  static BenchFlow untimed(long startNanos) {
    return new BenchFlow(0, false, startNanos);
  }

  private BenchFlow(int seconds, boolean timed, long startNanos) {
    this.seconds = seconds;
    this.timed = timed;
    this.deadline = startNanos + seconds * 1_000_000_000L;
  }

  /** True if the phase has a time limit and {@code now} is in its second half. */
  boolean inSecondHalf(long now) {
    return seconds != 0 && deadline - now <= seconds * 500_000_000L;
  }

  /**
   * Starts an op with {@code start}, which {@link #submit}s it; if starting throws, stops the phase
   * with that error. Inside a completion the exception would otherwise vanish into a future, and
   * the phase would wait for an op that never started.
   */
  synchronized void start(Runnable start) {
    try {
      start.run();
    } catch (RuntimeException e) {
      fail(-ObjectCommands.errno(e));
    }
  }

  /**
   * Counts {@code op} as in flight, then runs {@code onDone} under this monitor when it completes.
   * Counted first: a future that fails at once (a closed client) runs {@code onDone} before this
   * returns, and must find the op counted. Whatever {@code onDone} does or throws, the op is then
   * counted out, and the phase ends once none is left.
   */
  <T> void submit(CompletableFuture<T> op, BiConsumer<? super T, ? super Throwable> onDone) {
    synchronized (this) {
      inFlight++;
    }
    op.whenComplete(new Finish<>(onDone));
  }

  /**
   * {@link #submit}'s completion. A class rather than a lambda, as are the bench's own per-op
   * callbacks: bin/jrados runs on C1 alone, which allocates a capturing lambda through a call into
   * the JVM, a cost the benchmark would count against each op.
   */
  private final class Finish<T> implements BiConsumer<T, Throwable> {
    private final BiConsumer<? super T, ? super Throwable> onDone;

    Finish(BiConsumer<? super T, ? super Throwable> onDone) {
      this.onDone = onDone;
    }

    @Override
    public void accept(T value, Throwable error) {
      synchronized (BenchFlow.this) {
        try {
          onDone.accept(value, error);
        } catch (RuntimeException e) {
          fail(-ObjectCommands.errno(e));
        } finally {
          inFlight--;
          endIfIdle();
        }
      }
    }
  }

  /**
   * True while ops should still be started after the first ones: before the deadline (if any), and
   * with no failure yet.
   */
  synchronized boolean running() {
    if (!stopping && timed && System.nanoTime() - deadline >= 0) {
      stopping = true;
    }
    return !stopping;
  }

  /** True once an op has failed: not even the first ops start then. */
  synchronized boolean failed() {
    return failure != 0;
  }

  /** Records the phase's first failure (a negative errno); no more ops start. */
  synchronized void fail(int errno) {
    if (failure == 0) {
      failure = errno;
    }
    stopping = true;
  }

  /** The first failure, or 0. */
  synchronized int failure() {
    return failure;
  }

  /** Called once the first ops are started: a phase that started none is over at once. */
  synchronized void startedAll() {
    endIfIdle();
  }

  /** Waits, without the monitor, until every op started has finished; returns the first failure. */
  int await() throws InterruptedException {
    try {
      drained.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the bench's own future failed", e);
    }
    return failure();
  }

  private void endIfIdle() {
    if (inFlight == 0) {
      drained.complete(null);
    }
  }
}
