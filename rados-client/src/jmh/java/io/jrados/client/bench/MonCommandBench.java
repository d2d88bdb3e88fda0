package io.jrados.client.bench;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.api.RadosClient;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Mon-command round trips through jrados, for {@code bin/bench-mon-commands} to compare with
 * librados: {@code {"prefix": "fsid"}} N times one after another, then N times with k in flight.
 * Prints {@code key value} lines; the launcher runs it alternately with the python3-rados side.
 *
 * <pre>
 * MonCommandBench -c CONF [--count N] [--warmup W] [--in-flight K]
 * </pre>
 */
public final class MonCommandBench {
  private static final String FSID = "{\"prefix\": \"fsid\"}";
  private static final byte[] NO_INPUT = new byte[0];

  /** Generous: on a loaded 2-core machine a mon can stall for seconds; a stall fails the run. */
  private static final long CONCURRENT_DEADLINE_SECONDS = 300;

  private MonCommandBench() {}

  public static void main(String[] args) throws Exception {
    String conf = null;
    int count = 2000;
    int warmup = 500;
    int inFlight = 8;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-c" -> conf = args[++i];
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--in-flight" -> inFlight = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (conf == null) {
      throw new IllegalArgumentException(
          "usage: MonCommandBench -c CONF [--count N] [--warmup W]" + " [--in-flight K]");
    }
    int threadsBefore = Thread.getAllStackTraces().size();
    try (RadosClient client =
        RadosClient.create(
            ClientOptions.fromArgs(new String[] {"-c", conf}, System.getenv()).options())) {
      client.connect();
      int threadsAfter = Thread.getAllStackTraces().size();
      print("threads_before_create", threadsBefore);
      print("threads_after_connect", threadsAfter);
      print("session_mode", client.sessionMode());
      // Warm-up: lets the JIT compile both paths before anything is timed.
      sequential(client, warmup);
      concurrent(client, warmup, inFlight);
      print("sequential_per_s", rate(count, sequential(client, count)));
      print("concurrent_per_s", rate(count, concurrent(client, count, inFlight)));
    }
  }

  /** Nanoseconds for {@code count} commands, each sent once the previous one has been answered. */
  private static long sequential(RadosClient client, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      client.monCommand(FSID).orThrow(FSID);
    }
    return System.nanoTime() - start;
  }

  /** Nanoseconds for {@code count} commands with up to {@code inFlight} outstanding at a time. */
  private static long concurrent(RadosClient client, int count, int inFlight)
      throws InterruptedException {
    Semaphore slots = new Semaphore(inFlight);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long start = System.nanoTime();
    for (int i = 0; i < count && failure.get() == null; i++) {
      acquire(slots, 1);
      client
          .monCommandAsync(FSID, NO_INPUT)
          .whenComplete(
              (MonCommandResult r, Throwable e) -> {
                if (e != null) {
                  failure.compareAndSet(null, e);
                } else if (!r.ok()) {
                  failure.compareAndSet(null, new IllegalStateException(FSID + ": " + r));
                }
                slots.release();
              });
    }
    acquire(slots, inFlight);
    long elapsed = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("a mon command failed", failure.get());
    }
    return elapsed;
  }

  private static void acquire(Semaphore slots, int permits) throws InterruptedException {
    if (!slots.tryAcquire(permits, CONCURRENT_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          "mon commands still outstanding after " + CONCURRENT_DEADLINE_SECONDS + " s");
    }
  }

  private static String rate(int count, long nanos) {
    return String.format(Locale.ROOT, "%.1f", count * 1e9 / nanos);
  }

  private static void print(String key, Object value) {
    System.out.println(key + " " + value);
  }
}
