package io.jrados.client.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a bench run counts, and how rados bench prints it: the per-second status lines (a heading
 * every 20 lines, a latency summary line before each heading but the first) and the closing
 * summary. The driver thread records starts and completions; a printer thread of this class samples
 * once a second. Every field is guarded by this object's monitor.
 */
final class BenchStats {
  private static final double MIB = 1024 * 1024;

  private final PrintStream out;
  private final boolean showTime;
  private final int opSize;
  private final ZoneId zone = ZoneId.systemDefault();

  private long startNanos;
  private int started;
  private int finished;
  private int inFlight;
  private double curLatency;
  private double totalLatency;
  private double minLatency = 9999.0;
  private double maxLatency;

  /** Every write's latency, for the summary's stddev: unboxed, as there is one per op. */
  private double[] latencies = new double[1024];

  private int latencyCount;
  private final List<Double> bandwidths = new ArrayList<>();
  private final List<Double> iopsHistory = new ArrayList<>();
  private double maxBandwidth;
  private double minBandwidth = Double.MAX_VALUE;
  private int maxIops;
  private int minIops = Integer.MAX_VALUE;
  private boolean done;
  private Thread printer;

  BenchStats(PrintStream out, boolean showTime, int opSize) {
    this.out = out;
    this.showTime = showTime;
    this.opSize = opSize;
  }

  /** A line prefix: the time with --show-time, as rados's out(). */
  String prefix() {
    return showTime ? CppText.utime(Instant.now(), zone) + " " : "";
  }

  synchronized void begin() {
    startNanos = System.nanoTime();
  }

  synchronized long startNanos() {
    return startNanos;
  }

  synchronized void opStarted() {
    started++;
    inFlight++;
  }

  synchronized int started() {
    return started;
  }

  synchronized int finished() {
    return finished;
  }

  /** One op finished; its latency counts, and (for writes) goes into the stddev history. */
  synchronized void opFinished(double latencySeconds, boolean keepHistory) {
    curLatency = latencySeconds;
    if (keepHistory) {
      if (latencyCount == latencies.length) {
        latencies = Arrays.copyOf(latencies, latencyCount * 2);
      }
      latencies[latencyCount++] = latencySeconds;
    }
    totalLatency += latencySeconds;
    maxLatency = Math.max(maxLatency, latencySeconds);
    minLatency = Math.min(minLatency, latencySeconds);
    finished++;
    inFlight--;
  }

  synchronized double avgLatency() {
    return finished == 0 ? 0 : totalLatency / finished;
  }

  /** Seconds since {@link #begin}. */
  synchronized double elapsed() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  void startPrinter(String name) {
    printer = new Thread(this::printLoop, name);
    printer.setDaemon(true);
    printer.start();
  }

  /** Stops the printer (it prints nothing more) and waits for it. */
  void stopPrinter() {
    synchronized (this) {
      done = true;
      notifyAll();
    }
    if (printer != null) {
      try {
        printer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What one status line shows, read under the monitor and formatted outside it. */
  private record Sample(
      int inFlight,
      int started,
      int finished,
      double avgBandwidth,
      double bandwidth,
      double curLatency,
      double avgLatency,
      double minLatency,
      double maxLatency) {}

  /**
   * The printer holds the monitor only to read the counters and to print: the I/O thread takes it
   * for every op, and formatting a line (exact %g rounding, in the interpreter at one line a
   * second) takes a millisecond or more, which it would otherwise spend blocked.
   */
  private void printLoop() {
    int tick = 0;
    int previousFinished = 0;
    int ticksSinceChange = 0;
    long next = System.nanoTime();
    while (true) {
      Sample s = sample(ticksSinceChange, previousFinished);
      if (s == null) {
        return;
      }
      StringBuilder text = new StringBuilder();
      if (tick % 20 == 0) {
        if (tick > 0) {
          text.append(CppText.utime(Instant.now(), zone))
              .append(" min lat: ")
              .append(CppText.g6(s.minLatency()))
              .append(" max lat: ")
              .append(CppText.g6(s.maxLatency()))
              .append(" avg lat: ")
              .append(CppText.g6(s.avgLatency()))
              .append('\n');
        }
        text.append(prefix())
            .append(CppText.right("sec", 5))
            .append(CppText.right("Cur ops", 8))
            .append(CppText.right("started", 10))
            .append(CppText.right("finished", 10))
            .append(CppText.right("avg MB/s", 10))
            .append(CppText.right("cur MB/s", 10))
            .append(CppText.right("last lat(s)", 12))
            .append(CppText.right("avg lat(s)", 12))
            .append('\n');
      }
      text.append(prefix()).append(CppText.right(Integer.toString(tick), 5)).append(' ');
      text.append(CppText.right(Integer.toString(s.inFlight()), 7)).append(' ');
      text.append(CppText.right(Integer.toString(s.started()), 9)).append(' ');
      text.append(CppText.right(Integer.toString(s.finished()), 9)).append(' ');
      text.append(CppText.right(CppText.g6(s.avgBandwidth()), 9)).append(' ');
      if (previousFinished != s.finished()) {
        previousFinished = s.finished();
        ticksSinceChange = 0;
        text.append(CppText.right(CppText.g6(s.bandwidth()), 9)).append(' ');
        text.append(CppText.right(CppText.g6(s.curLatency()), 11)).append(' ');
      } else {
        text.append(CppText.right("0", 9)).append(' ').append(CppText.right("-", 11)).append(' ');
      }
      text.append(CppText.right(CppText.g6(s.avgLatency()), 11));
      if (!print(text.toString())) {
        return;
      }
      tick++;
      ticksSinceChange++;
      next += 1_000_000_000L;
      if (!sleepUntil(next)) {
        return;
      }
    }
  }

  /**
   * The counters for one status line, and the second's bandwidth and IOPS into the summary's
   * history; null once the printer is stopped.
   */
  private synchronized Sample sample(int ticksSinceChange, int previousFinished) {
    if (done) {
      return null;
    }
    double bandwidth = -1;
    if (ticksSinceChange != 0) {
      bandwidth = (double) (finished - previousFinished) * opSize / MIB / ticksSinceChange;
      int iops = (int) ((double) (finished - previousFinished) / ticksSinceChange);
      maxBandwidth = Math.max(maxBandwidth, bandwidth);
      minBandwidth = Math.min(minBandwidth, bandwidth);
      bandwidths.add(bandwidth);
      maxIops = Math.max(maxIops, iops);
      minIops = Math.min(minIops, iops);
      iopsHistory.add((double) iops);
    }
    double avgBandwidth = (double) opSize * finished / elapsed() / MIB;
    return new Sample(
        inFlight,
        started,
        finished,
        avgBandwidth,
        bandwidth,
        curLatency,
        avgLatency(),
        minLatency,
        maxLatency);
  }

  /** Prints status lines unless the printer has been stopped meanwhile; false if it has. */
  private synchronized boolean print(String lines) {
    if (done) {
      return false;
    }
    out.println(lines);
    return true;
  }

  /** Waits until {@code deadline} ({@link System#nanoTime}); false if stopped first. */
  private synchronized boolean sleepUntil(long deadline) {
    try {
      long waitNanos;
      while (!done && (waitNanos = deadline - System.nanoTime()) > 0) {
        wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
      }
      return !done;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** The write summary, as rados bench prints it. */
  synchronized String writeSummary(double seconds, int objectSize) {
    double bandwidth = finished * (double) opSize / seconds / MIB;
    return String.join(
        "",
        line("Total time run:         ", CppText.g6(seconds)),
        line("Total writes made:      ", finished),
        line("Write size:             ", opSize),
        line("Object size:            ", objectSize),
        line("Bandwidth (MB/sec):     ", CppText.g6(bandwidth)),
        line("Stddev Bandwidth:       ", CppText.g6(stddev(bandwidths))),
        line("Max bandwidth (MB/sec): ", CppText.g6(maxBandwidth)),
        line("Min bandwidth (MB/sec): ", CppText.g6(minBandwidth)),
        line("Average IOPS:           ", (int) (finished / seconds)),
        line("Stddev IOPS:            ", CppText.g6(stddev(iopsHistory))),
        line("Max IOPS:               ", maxIops),
        line("Min IOPS:               ", minIops),
        line("Average Latency(s):     ", CppText.g6(avgLatency())),
        line("Stddev Latency(s):      ", CppText.g6(stddev(latencies, latencyCount))),
        line("Max latency(s):         ", CppText.g6(maxLatency)),
        line("Min latency(s):         ", CppText.g6(minLatency)));
  }

  /** The seq and rand summary, its labels two columns narrower than the write one's. */
  synchronized String readSummary(double seconds, int objectSize) {
    double bandwidth = finished * (double) opSize / seconds / MIB;
    return String.join(
        "",
        line("Total time run:       ", CppText.g6(seconds)),
        line("Total reads made:     ", finished),
        line("Read size:            ", opSize),
        line("Object size:          ", objectSize),
        line("Bandwidth (MB/sec):   ", CppText.g6(bandwidth)),
        line("Average IOPS:         ", (int) (finished / seconds)),
        line("Stddev IOPS:          ", CppText.g6(stddev(iopsHistory))),
        line("Max IOPS:             ", maxIops),
        line("Min IOPS:             ", minIops),
        line("Average Latency(s):   ", CppText.g6(avgLatency())),
        line("Max latency(s):       ", CppText.g6(maxLatency)),
        line("Min latency(s):       ", CppText.g6(minLatency)));
  }

  private String line(String label, Object value) {
    return prefix() + label + value + "\n";
  }

  /** The sample standard deviation (n - 1), zero below two samples, as rados's vec_stddev. */
  static double stddev(List<Double> v) {
    return stddev(v.stream().mapToDouble(Double::doubleValue).toArray(), v.size());
  }

  /** {@link #stddev(List)} of the first {@code n} values of {@code v}. */
  static double stddev(double[] v, int n) {
    if (n < 2) {
      return 0;
    }
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += v[i];
    }
    mean /= n;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (v[i] - mean) * (v[i] - mean);
    }
    return Math.sqrt(sum / (n - 1));
  }
}
