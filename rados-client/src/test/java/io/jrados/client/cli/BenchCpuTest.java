package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CPU line bin/bench-objects parses: one line, decimal points whatever the locale, and nothing
 * at all without {@code -Djrados.bench.cpu=true}.
 */
class BenchCpuTest {
  private final Locale locale = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    System.clearProperty("jrados.bench.cpu");
  }

  @Test
  void phaseLineIsOneParsableLineInAnyLocale() {
    Locale.setDefault(Locale.GERMANY); // a decimal comma would break the awk that reads it
    System.setProperty("jrados.bench.cpu", "true");
    BenchCpu cpu = new BenchCpu();
    cpu.start();
    burn();
    String printed = report(cpu);
    assertThat(printed)
        .matches(
            "bench_phase_cpu_seconds \\d+\\.\\d{3} jit_seconds \\d+\\.\\d{3}"
                + " jit_cpu_seconds (\\d+\\.\\d{3}|-1)\n");
  }

  @Test
  void printsNothingUnlessAsked() {
    BenchCpu cpu = new BenchCpu();
    cpu.start();
    assertThat(report(cpu)).isEmpty();
  }

  private static String report(BenchCpu cpu) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    cpu.report(err, new BenchStats(new PrintStream(new ByteArrayOutputStream()), false, 4096));
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  /** Some CPU for the phase to have measured. */
  private static void burn() {
    long x = 0;
    for (int i = 0; i < 1_000_000; i++) {
      x += Long.hashCode(x * 31 + i);
    }
    assertThat(x).isNotEqualTo(1);
  }
}
