package io.jrados.client.internal.osd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.messages.MOSDMap;
import io.jrados.protocol.osdmap.OsdMap;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The tracker over maps a real Pacific mon sent (rados-protocol's osdmap fixtures, whose README
 * says how they were captured): chains of incrementals, gaps, full maps and malformed blobs.
 */
class OsdMapTrackerTest {
  private static final Path FIXTURES =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../rados-protocol/src/test/resources/io/jrados/protocol/osdmap");

  private final List<Long> requested = new ArrayList<>();
  private final List<Long> announced = new ArrayList<>();
  private final OsdMapTracker tracker =
      new OsdMapTracker(requested::add, m -> announced.add(m.epoch()));

  private static byte[] blob(String name) {
    try {
      return Files.readAllBytes(FIXTURES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OsdMap full(int epoch) {
    return OsdMap.decode(Unpooled.wrappedBuffer(blob("full-" + epoch + ".bin")));
  }

  private static MOSDMap message(UUID fsid, int[] fulls, int[] incs, long newest) {
    SortedMap<Long, byte[]> f = new TreeMap<>();
    for (int e : fulls) {
      f.put((long) e, blob("full-" + e + ".bin"));
    }
    SortedMap<Long, byte[]> i = new TreeMap<>();
    for (int e : incs) {
      i.put((long) e, blob("inc-" + e + ".bin"));
    }
    return new MOSDMap(fsid, i, f, 1, newest);
  }

  private static UUID fsid() {
    return full(28).fsid();
  }

  @Test
  void aFullMapThenIncrementalsGiveTheSameMapAsTheMonsFullOne() {
    tracker.handle(message(fsid(), new int[] {28}, new int[] {29, 30, 31, 32, 33}, 33), "mon");
    assertThat(tracker.epoch()).isEqualTo(33);
    assertThat(tracker.current()).isEqualTo(full(33));
    assertThat(announced).containsExactly(33L);
    assertThat(requested).isEmpty();
  }

  @Test
  void aGapIsNotBridgedButAskedFor() {
    tracker.handle(message(fsid(), new int[] {28}, new int[] {}, 28), "mon");
    tracker.handle(message(fsid(), new int[] {}, new int[] {31, 32}, 32), "osd.1");
    assertThat(tracker.epoch()).isEqualTo(28);
    assertThat(requested).containsExactly(29L);
  }

  @Test
  void aNewerFullMapBridgesAGap() {
    tracker.handle(message(fsid(), new int[] {28}, new int[] {}, 28), "mon");
    tracker.handle(message(fsid(), new int[] {37}, new int[] {}, 37), "osd.0");
    assertThat(tracker.current()).isEqualTo(full(37));
    assertThat(announced).containsExactly(28L, 37L);
  }

  @Test
  void incrementalsWithNothingToApplyThemToAskForAFullMap() {
    tracker.handle(message(fsid(), new int[] {}, new int[] {29}, 29), "mon");
    assertThat(tracker.current()).isNull();
    assertThat(requested).containsExactly(0L);
  }

  @Test
  void mapsOfAnotherClusterAreIgnored() {
    tracker.expectFsid(new UUID(1, 2));
    tracker.handle(message(fsid(), new int[] {28}, new int[] {}, 28), "mon");
    assertThat(tracker.current()).isNull();
  }

  @Test
  void aMalformedIncrementalKeepsTheMapAndAsksAgain() {
    tracker.handle(message(fsid(), new int[] {28}, new int[] {}, 28), "mon");
    SortedMap<Long, byte[]> incs = new TreeMap<>();
    incs.put(29L, new byte[] {8, 7, 1, 0, 0, 0, 42});
    tracker.handle(new MOSDMap(fsid(), incs, new TreeMap<>(), 1, 29), "osd.2");
    assertThat(tracker.epoch()).isEqualTo(28);
    assertThat(requested).contains(29L);
  }

  @Test
  void waitersAreReleasedByTheMapThatReachesTheirEpoch() {
    tracker.handle(message(fsid(), new int[] {28}, new int[] {}, 28), "mon");
    CompletableFuture<OsdMap> atLeast30 = tracker.awaitEpoch(30);
    assertThat(atLeast30).isNotDone();
    tracker.handle(message(fsid(), new int[] {}, new int[] {29}, 33), "mon");
    assertThat(atLeast30).isNotDone();
    tracker.handle(message(fsid(), new int[] {}, new int[] {30, 31}, 33), "mon");
    assertThat(atLeast30.join().epoch()).isEqualTo(31);
    assertThat(tracker.awaitEpoch(5)).isCompleted();
  }
}
