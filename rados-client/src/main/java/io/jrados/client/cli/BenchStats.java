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

  private synchronized void printLoop() {
    int tick = 0;
    int previousFinished = 0;
    int ticksSinceChange = 0;
    long next = System.nanoTime();
    while (!done) {
      if (tick % 20 == 0) {
        if (tick > 0) {
          out.println(
              CppText.utime(Instant.now(), zone)
                  + " min lat: "
                  + CppText.g6(minLatency)
                  + " max lat: "
                  + CppText.g6(maxLatency)
                  + " avg lat: "
                  + CppText.g6(avgLatency()));
        }
        out.println(
            prefix()
                + CppText.right("sec", 5)
                + CppText.right("Cur ops", 8)
                + CppText.right("started", 10)
                + CppText.right("finished", 10)
                + CppText.right("avg MB/s", 10)
                + CppText.right("cur MB/s", 10)
                + CppText.right("last lat(s)", 12)
                + CppText.right("avg lat(s)", 12));
      }
      double bandwidth = -1;
      int iops = -1;
      if (ticksSinceChange != 0) {
        bandwidth = (double) (finished - previousFinished) * opSize / MIB / ticksSinceChange;
        iops = (int) ((double) (finished - previousFinished) / ticksSinceChange);
      }
      if (bandwidth > -1) {
        maxBandwidth = Math.max(maxBandwidth, bandwidth);
        minBandwidth = Math.min(minBandwidth, bandwidth);
        bandwidths.add(bandwidth);
      }
      if (iops > -1) {
        maxIops = Math.max(maxIops, iops);
        minIops = Math.min(minIops, iops);
        iopsHistory.add((double) iops);
      }
      double avgBandwidth = (double) opSize * finished / elapsed() / MIB;
      String row = prefix() + CppText.right(Integer.toString(tick), 5) + ' ';
      row += CppText.right(Integer.toString(inFlight), 7) + ' ';
      row += CppText.right(Integer.toString(started), 9) + ' ';
      row += CppText.right(Integer.toString(finished), 9) + ' ';
      row += CppText.right(CppText.g6(avgBandwidth), 9) + ' ';
      if (previousFinished != finished) {
        previousFinished = finished;
        ticksSinceChange = 0;
        row += CppText.right(CppText.g6(bandwidth), 9) + ' ';
        row += CppText.right(CppText.g6(curLatency), 11) + ' ';
      } else {
        row += CppText.right("0", 9) + ' ' + CppText.right("-", 11) + ' ';
      }
      out.println(row + CppText.right(CppText.g6(avgLatency()), 11));
      tick++;
      ticksSinceChange++;
      next += 1_000_000_000L;
      try {
        long waitNanos;
        while (!done && (waitNanos = next - System.nanoTime()) > 0) {
          wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
      } catch (InterruptedException e) {
        return;
      }
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
