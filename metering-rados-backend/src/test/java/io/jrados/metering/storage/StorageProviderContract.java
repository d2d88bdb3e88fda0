package io.jrados.metering.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link StorageProvider} must have. A provider's test extends this class and
 * says how to open providers on one fresh, empty store; the RADOS provider reuses it as is.
 */
public abstract class StorageProviderContract {
  private final List<StorageProvider> opened = new ArrayList<>();

  /** Opens a provider with {@code prefix} (may be empty) on the store of the current test. */
  protected abstract StorageProvider openProvider(String prefix) throws IOException;

  /** A provider without prefix, closed after the test. */
  protected StorageProvider provider() throws IOException {
    return provider("");
  }

  /** A provider with {@code prefix}, closed after the test. */
  protected StorageProvider provider(String prefix) throws IOException {
    StorageProvider p = openProvider(prefix);
    opened.add(p);
    return p;
  }

  @AfterEach
  void closeProviders() throws IOException {
    for (StorageProvider p : opened) {
      p.close();
    }
  }

  protected static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  protected static String read(StorageProvider p, String key) throws IOException {
    try (InputStream in = p.get(key)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  protected static List<String> listAll(StorageProvider p, String prefix, int pageSize) {
    List<String> keys = new ArrayList<>();
    p.list(prefix, pageSize).forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void putThenGetReturnsTheBytesAndPutReplaces() throws IOException {
    StorageProvider p = provider();
    p.put("a/b/c.json.gz", text("one"));
    assertThat(read(p, "a/b/c.json.gz")).isEqualTo("one");
    p.put("a/b/c.json.gz", text("two"));
    assertThat(read(p, "a/b/c.json.gz")).isEqualTo("two");
    assertThat(p.exists("a/b/c.json.gz")).isTrue();
  }

  @Test
  void getOfAMissingKeyIsKeyNotFoundWithTheSdkMessage() throws IOException {
    StorageProvider p = provider();
    assertThatThrownBy(() -> p.get("no/such.json.gz"))
        .isInstanceOf(KeyNotFoundException.class)
        .hasMessage("file not found: no/such.json.gz")
        .extracting(e -> ((KeyNotFoundException) e).key())
        .isEqualTo("no/such.json.gz");
    assertThat(p.exists("no/such.json.gz")).isFalse();
  }

  @Test
  void deleteOfAMissingKeyIsNotAnErrorAndDeleteRemoves() throws IOException {
    StorageProvider p = provider();
    p.delete("never/was");
    p.put("k", text("x"));
    p.delete("k");
    assertThat(p.exists("k")).isFalse();
    p.delete("k");
  }

  @Test
  void aDirectoryLevelIsNotAnObject() throws IOException {
    StorageProvider p = provider();
    p.put("dir/file", text("x"));
    assertThat(p.exists("dir")).isFalse();
    assertThatThrownBy(() -> p.get("dir")).isInstanceOf(KeyNotFoundException.class);
    p.delete("dir");
    assertThat(p.exists("dir/file")).isTrue();
  }

  @Test
  void createIfAbsentCreatesOnceAndNeverReplaces() throws IOException {
    StorageProvider p = provider();
    assertThat(p.createIfAbsent("x/y", text("first"))).isTrue();
    assertThat(p.createIfAbsent("x/y", text("second"))).isFalse();
    assertThat(read(p, "x/y")).isEqualTo("first");
  }

  @Test
  void createIfAbsentRaceHasExactlyOneWinnerWhoseBytesStay() throws Exception {
    StorageProvider p = provider();
    int threads = 16;
    for (int round = 0; round < 5; round++) {
      String key = "race/" + round;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String body = "writer-" + t;
        Callable<Boolean> create =
            () -> {
              start.await();
              return p.createIfAbsent(key, text(body));
            };
        results.add(pool.submit(create));
      }
      start.countDown();
      List<Integer> winners = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        if (results.get(t).get(30, TimeUnit.SECONDS)) {
          winners.add(t);
        }
      }
      pool.shutdown();
      assertThat(winners).hasSize(1);
      assertThat(read(p, key)).isEqualTo("writer-" + winners.get(0));
    }
  }

  @Test
  void listingIsLexicalOverFullKeysAndMatchesThePrefixAsAString() throws IOException {
    StorageProvider p = provider();
    for (String key : List.of("a/b", "a-c", "ab", "a/c/d", "b", "metering/ru/17x", "zz/1")) {
      p.put(key, text(key));
    }
    assertThat(listAll(p, "", 100))
        .containsExactly("a-c", "a/b", "a/c/d", "ab", "b", "metering/ru/17x", "zz/1");
    assertThat(listAll(p, "a", 100)).containsExactly("a-c", "a/b", "a/c/d", "ab");
    assertThat(listAll(p, "a/", 100)).containsExactly("a/b", "a/c/d");
    assertThat(listAll(p, "metering/ru/17", 100)).containsExactly("metering/ru/17x");
    assertThat(listAll(p, "nothing/here/", 100)).isEmpty();
  }

  @Test
  void listingPagesFollowOneAnotherWithoutGapsOrRepeats() throws IOException {
    StorageProvider p = provider();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String key = String.format("p/%02d/f%d", i % 7, i);
      p.put(key, text("v"));
      expected.add(key);
    }
    expected.sort(StorageKeys::compare);
    ListPage first = p.listPage("p/", null, 10);
    assertThat(first.keys()).containsExactlyElementsOf(expected.subList(0, 10));
    assertThat(first.truncated()).isTrue();
    ListPage second = p.listPage("p/", first.keys().get(9), 10);
    assertThat(second.keys()).containsExactlyElementsOf(expected.subList(10, 20));
    ListPage last = p.listPage("p/", second.keys().get(9), 10);
    assertThat(last.keys()).containsExactlyElementsOf(expected.subList(20, 25));
    assertThat(last.truncated()).isFalse();
    for (int pageSize : new int[] {1, 3, 25, 1000}) {
      assertThat(listAll(p, "p/", pageSize)).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theProviderPrefixIsAppliedOnceAndNeverReturned() throws IOException {
    StorageProvider prefixed = provider("tenant/a");
    prefixed.put("metering/ru/60/c/p/s-0.json.gz", text("data"));
    List<String> listed = listAll(prefixed, "metering/", 10);
    assertThat(listed).containsExactly("metering/ru/60/c/p/s-0.json.gz");
    assertThat(read(prefixed, listed.get(0))).isEqualTo("data");
    assertThat(listAll(provider(), "", 10))
        .containsExactly("tenant/a/metering/ru/60/c/p/s-0.json.gz");
    // "tenant/a/", "/tenant/a" and "tenant/a" name the same place.
    assertThat(read(provider("/tenant/a/"), listed.get(0))).isEqualTo("data");
    assertThat(listAll(provider("tenant"), "", 10))
        .containsExactly("a/metering/ru/60/c/p/s-0.json.gz");
  }

  @Test
  void keysAreCanonicalAndMayNotEscape() throws IOException {
    StorageProvider p = provider();
    p.put("/lead/slash", text("x"));
    assertThat(p.exists("lead/slash")).isTrue();
    for (String bad : List.of("", "/", "a//b", "../x", "a/./b", "a/..", "a\\b")) {
      assertThatThrownBy(() -> p.put(bad, text("x"))).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> p.listPage("../", null, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLargeObjectIsStreamedBothWays() throws IOException {
    StorageProvider p = provider();
    long size = 64L * 1024 * 1024;
    PatternStream source = new PatternStream(size);
    p.put("big/object", source);
    try (InputStream in = p.get("big/object")) {
      assertThat(PatternStream.verify(in)).isEqualTo(size);
    }
  }

  @Test
  void readersSeeWholeObjectsWhileTheyAreReplaced() throws Exception {
    StorageProvider p = provider();
    int size = 1024 * 1024;
    p.put("swap", new PatternStream(size, (byte) 'A'));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<?> writer =
        pool.submit(
            () -> {
              for (int i = 0; i < 20; i++) {
                p.put("swap", new PatternStream(size, (byte) (i % 2 == 0 ? 'B' : 'A')));
              }
              return null;
            });
    while (!writer.isDone()) {
      byte[] seen;
      try (InputStream in = p.get("swap")) {
        seen = in.readAllBytes();
      }
      assertThat(seen).hasSize(size);
      for (byte b : seen) {
        if (b != seen[0]) {
          throw new AssertionError("a reader saw a mix of two writes");
        }
      }
    }
    writer.get();
    pool.shutdown();
  }
}
