package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rados bench's metadata, object contents and summary layout, against captured rados output. */
class BenchFormatTest {
  @Test
  void metadataReadsAndWritesAsRadosBench() {
    // rados -p benchp bench 1 write -b 100 -t 2 --no-cleanup, pid 13761, 2035 writes.
    byte[] captured = Golden.bytes("bench_metadata_b100.bin");
    BenchMetadata m = BenchMetadata.decode(captured);
    assertThat(m).isEqualTo(new BenchMetadata(100, 2035, 13761, 100));
    assertThat(m.encode()).isEqualTo(captured);
  }

  @Test
  void metadataOfOldWritersHasNoOpSize() {
    byte[] old = Arrays.copyOf(Golden.bytes("bench_metadata_b100.bin"), 16);
    assertThat(BenchMetadata.decode(old).opSize()).isEqualTo(100);
  }

  @Test
  void malformedMetadataIsRefusedByName() {
    assertThatThrownBy(() -> BenchMetadata.decode(new byte[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 bytes");
    byte[] zeroOp = Golden.bytes("bench_metadata_b100.bin");
    Arrays.fill(zeroOp, 16, 24, (byte) 0);
    assertThatThrownBy(() -> BenchMetadata.decode(zeroOp)).hasMessageContaining("op size 0");
  }

  @Test
  void opContentsAreRadosBenchs() {
    byte[] buf = new byte[100];
    Arrays.fill(buf, (byte) 'z');
    BenchObjects.stamp(buf, 123);
    assertThat(buf).isEqualTo(Golden.bytes("bench_object123_b100.bin"));
    byte[] tiny = new byte[5];
    BenchObjects.stamp(tiny, 7);
    assertThat(tiny).isEqualTo(new byte[] {'I', '\'', 'm', ' ', 0});
  }

  @Test
  void stampsAreSnprintfsAtEveryLengthAroundTheText() {
    // snprintf(buf, size, "I'm the %16dth op!", n): at most size - 1 characters, then a NUL.
    for (int size = 1; size <= 34; size++) {
      for (int n : new int[] {0, 7, 123, 99_999, Integer.MAX_VALUE}) {
        byte[] buf = new byte[size];
        Arrays.fill(buf, (byte) 'z');
        BenchObjects.stamp(buf, n);
        byte[] text = String.format("I'm the %16dth op!", n).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = new byte[size];
        Arrays.fill(expected, (byte) 'z');
        int kept = Math.min(text.length, size - 1);
        System.arraycopy(text, 0, expected, 0, kept);
        expected[kept] = 0;
        assertThat(buf).as("size %d, op %d", size, n).isEqualTo(expected);
      }
    }
  }

  @Test
  void readContentsAreComparedAcrossTheBuffersTheyArrivedIn() {
    byte[] expected = new byte[10000];
    Arrays.fill(expected, (byte) 'z');
    BenchObjects.stamp(expected, 42);
    CompositeByteBuf got = Unpooled.compositeBuffer();
    got.addComponent(true, Unpooled.directBuffer().writeBytes(expected, 0, 3000));
    got.addComponent(true, Unpooled.wrappedBuffer(expected.clone(), 3000, 7000));
    try {
      ByteBuf slice = got.slice(0, 10000);
      assertThat(BenchObjects.sameBytes(slice, expected)).isTrue();
      got.setByte(9999, 'y');
      assertThat(BenchObjects.sameBytes(slice, expected)).isFalse();
      got.setByte(9999, 'z');
      got.setByte(2999, 'y');
      assertThat(BenchObjects.sameBytes(slice, expected)).isFalse();
      assertThat(BenchObjects.sameBytes(got.slice(0, 9999), expected)).isFalse();
    } finally {
      got.release();
    }
  }

  @Test
  void summariesHaveRadosBenchsLabels() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    BenchStats s = new BenchStats(new PrintStream(sink), false, 4096);
    s.begin();
    for (int i = 0; i < 3; i++) {
      s.opStarted();
      s.opFinished(0.001 * (i + 1), true);
    }
    assertThat(labels(s.writeSummary(1.5, 4096))).isEqualTo(labels(summaryOf("bench_write.out")));
    assertThat(labels(s.readSummary(1.5, 4096))).isEqualTo(labels(summaryOf("bench_seq.out")));
    assertThat(s.writeSummary(1.5, 4096))
        .contains("Total writes made:      3\n")
        .contains("Average IOPS:           2\n")
        .contains("Average Latency(s):     0.002\n")
        .contains("Stddev Latency(s):      0.001\n")
        .contains("Max latency(s):         0.003\n")
        .contains("Min latency(s):         0.001\n");
  }

  @Test
  void statusHeadingIsRadosBenchs() throws Exception {
    String heading = Golden.text("bench_write.out").lines().toList().get(3);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    BenchStats s = new BenchStats(new PrintStream(sink, true, StandardCharsets.UTF_8), false, 4096);
    s.begin();
    s.startPrinter("test_stat");
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (sink.toString(StandardCharsets.UTF_8).lines().count() < 2
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    s.stopPrinter();
    List<String> printed = sink.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(printed.get(0)).isEqualTo(heading);
    // The first row before any op finished, as rados prints it.
    assertThat(printed.get(1)).isEqualTo(Golden.text("bench_write.out").lines().toList().get(4));
  }

  private static String summaryOf(String golden) {
    String text = Golden.text(golden);
    return text.substring(text.indexOf("Total time run:"));
  }

  /** Each line up to and including its label's padding: what must match byte for byte. */
  private static List<String> labels(String summary) {
    return summary.lines().map(l -> l.replaceAll("[-0-9.e+]+$", "")).toList();
  }
}
