package io.jrados.protocol.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the codec benchmarks and the raw AES-GCM oracle in one JMH run, then prints payload bytes/s
 * and the ratios that matter: secure frames against raw AES-GCM, and secure against crc. Takes
 * JMH's own command-line flags (e.g. {@code -f 1 -wi 1 -i 3}, or a benchmark regex).
 */
public final class CodecBenchMain {
  private static final String[] SIZES = {"4096", "65536", "4194304"};

  private CodecBenchMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      builder.include(CodecBenchMain.class.getPackageName() + "\\..*Benchmark\\.");
    }
    Options options = builder.build();
    print(run(options));
  }

  /** Results keyed "operation mode dataSize", e.g. "assemble secure 65536" or "seal raw 4096". */
  private static Map<String, Result<?>> run(Options options) throws RunnerException {
    Map<String, Result<?>> results = new HashMap<>();
    for (RunResult r : new Runner(options).run()) {
      String benchmark = r.getParams().getBenchmark();
      String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String mode = r.getParams().getParam("mode");
      String key =
          operation
              + " "
              + (mode == null ? "raw" : mode)
              + " "
              + r.getParams().getParam("dataSize");
      results.put(key, r.getPrimaryResult());
    }
    return results;
  }

  private static void print(Map<String, Result<?>> results) {
    System.out.println();
    System.out.println("Payload throughput (front 200 B + data), MB/s = ops/s x payload / 1e6,");
    System.out.println("mean +- JMH's 99.9% confidence half-width:");
    System.out.printf("%-12s %-7s %8s %10s %9s%n", "operation", "mode", "data", "MB/s", "+-");
    for (String operation : new String[] {"assemble", "disassemble", "seal", "open"}) {
      for (String mode : new String[] {"crc", "secure", "raw"}) {
        for (String s : SIZES) {
          Result<?> result = results.get(operation + " " + mode + " " + s);
          if (result != null) {
            long payload = BenchMessages.payloadBytes(Integer.parseInt(s));
            System.out.printf(
                Locale.ROOT,
                "%-12s %-7s %8s %10.1f %9.1f%n",
                operation,
                mode,
                size(s),
                result.getScore() * payload / 1e6,
                error(result) * payload / 1e6);
          }
        }
      }
    }
    System.out.println();
    System.out.println("Ratios of ops/s (range from the two confidence intervals):");
    for (String s : SIZES) {
      ratio(results, "assemble secure " + s, "seal raw " + s, "secure assemble / raw AES-GCM seal");
      ratio(results, "disassemble secure " + s, "open raw " + s, "secure disassemble / raw open");
      ratio(results, "assemble secure " + s, "assemble crc " + s, "secure / crc assemble");
      ratio(results, "disassemble secure " + s, "disassemble crc " + s, "secure / crc disassemble");
    }
  }

  private static void ratio(Map<String, Result<?>> results, String a, String b, String label) {
    Result<?> x = results.get(a);
    Result<?> y = results.get(b);
    if (x == null || y == null) {
      return;
    }
    double low = (x.getScore() - error(x)) / (y.getScore() + error(y));
    double high = (x.getScore() + error(x)) / Math.max(0, y.getScore() - error(y));
    System.out.printf(
        Locale.ROOT,
        "%8s  %-36s %6.1f%%  (%.1f%% .. %.1f%%)%n",
        size(a.substring(a.lastIndexOf(' ') + 1)),
        label,
        100 * x.getScore() / y.getScore(),
        100 * low,
        100 * high);
  }

  /** JMH gives NaN when there are too few iterations for an interval; then there is no spread. */
  private static double error(Result<?> r) {
    return Double.isNaN(r.getScoreError()) ? 0 : r.getScoreError();
  }

  private static String size(String bytes) {
    int n = Integer.parseInt(bytes);
    return n >= 1 << 20 ? (n >> 20) + " MiB" : (n >> 10) + " KiB";
  }
}
