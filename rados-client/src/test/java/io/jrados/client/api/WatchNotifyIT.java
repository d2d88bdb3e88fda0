package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Watch and notify against a real OSD, with librados (the {@code rados} tool) on the other side: a
 * jrados watcher answers {@code rados notify}, a {@code rados watch} hears a jrados notify, both
 * tools list the same watchers, and the failures (a missing object, a slow watcher, a deleted
 * object) read as they should.
 */
@ExtendWith(CephClusterExtension.class)
class WatchNotifyIT {
  private static final String POOL = "watch";
  private static RadosClient client;
  private static IoCtx io;

  @BeforeAll
  static void open(CephCluster c) {
    c.createPool(POOL, 8);
    client = MonSessionIT.connect(c);
    io = client.ioCtx(POOL);
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** rados notify's payload: its message as a Ceph string (u32 length, then the bytes). */
  private static byte[] cephString(String s) {
    byte[] b = utf8(s);
    byte[] out = new byte[4 + b.length];
    out[0] = (byte) b.length;
    System.arraycopy(b, 0, out, 4, b.length);
    return out;
  }

  @Test
  void aJradosWatcherAnswersRadosNotify(CephCluster c) {
    io.writeFull("w-answer", utf8("x"));
    BlockingQueue<NotifyEvent> seen = new LinkedBlockingQueue<>();
    try (Watch watch =
        io.watch(
            "w-answer",
            e -> {
              seen.add(e);
              return utf8("pong");
            })) {
      String listed = c.rados("-p", POOL, "listwatchers", "w-answer").requireOk().stdout();
      assertThat(listed)
          .startsWith("watcher=")
          .endsWith(" client." + client.instanceId() + " cookie=" + watch.cookie() + "\n");
      List<WatcherInfo> ours = io.listWatchers("w-answer");
      assertThat(ours).hasSize(1);
      WatcherInfo w = ours.get(0);
      assertThat("watcher=" + w.address() + " " + w.watcher() + " cookie=" + w.cookie() + "\n")
          .isEqualTo(listed);
      assertThat(w.timeoutSeconds()).isEqualTo(30); // the OSD's osd_client_watch_timeout

      String out = c.rados("-p", POOL, "notify", "w-answer", "hello").requireOk().stdout();
      assertThat(out)
          .isEqualTo(
              "reply client."
                  + client.instanceId()
                  + " cookie "
                  + watch.cookie()
                  + " : 4 bytes\n"
                  + "00000000  70 6f 6e 67                                       |pong|\n"
                  + "00000004\n");
      NotifyEvent e = seen.poll();
      assertThat(e).isNotNull();
      assertThat(e.payload()).isEqualTo(cephString("hello"));
      assertThat(e.watchCookie()).isEqualTo(watch.cookie());
      assertThat(e.notifierGid()).isPositive().isNotEqualTo(client.instanceId());
      assertThat(watch.error()).isEmpty();
    }
    assertThat(c.rados("-p", POOL, "listwatchers", "w-answer").requireOk().stdout()).isEmpty();
  }

  @Test
  void aRadosWatcherHearsAJradosNotify(CephCluster c) throws Exception {
    io.writeFull("w-hear", utf8("x"));
    Process rados =
        new ProcessBuilder("rados", "-c", c.confPath().toString(), "-p", POOL, "watch", "w-hear")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(rados.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readLine(lines));
      assertThat(ready.get(30, TimeUnit.SECONDS)).isEqualTo("press enter to exit...");
      byte[] payload = utf8("from jrados");
      NotifyResult result = io.notify("w-hear", payload, Duration.ofSeconds(5));
      assertThat(result.timedOut()).isEmpty();
      assertThat(result.replies()).hasSize(1);
      WatcherId radosWatch = result.replies().keySet().iterator().next();
      // rados answers with the notify's own bytes.
      assertThat(result.replies().get(radosWatch)).isEqualTo(payload);

      String notifyLine =
          CompletableFuture.supplyAsync(() -> readLine(lines)).get(10, TimeUnit.SECONDS);
      assertThat(notifyLine)
          .startsWith("NOTIFY cookie " + radosWatch.cookie() + " notify_id ")
          .endsWith(" from " + client.instanceId());
      try (OutputStream stdin = rados.getOutputStream()) {
        stdin.write('\n');
      }
      assertThat(rados.waitFor(30, TimeUnit.SECONDS)).isTrue();
      // rados flushes its hex dump of the payload only as it exits.
      assertThat(readLine(lines))
          .isEqualTo("00000000  66 72 6f 6d 20 6a 72 61  64 6f 73                 |from jrados|");
      assertThat(rados.exitValue()).isZero();
    } finally {
      rados.destroyForcibly();
    }
  }

  private static String readLine(BufferedReader r) {
    try {
      return r.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyWatchRepliesAndAnEmptyReplyIsEmpty(CephCluster c) {
    io.writeFull("w-two", utf8("x"));
    try (RadosClient other = MonSessionIT.connect(c);
        Watch a =
            io.watch("w-two", e -> utf8("a:" + new String(e.payload(), StandardCharsets.UTF_8)));
        Watch b = other.ioCtx(POOL).watch("w-two", e -> null)) {
      NotifyResult r = io.notify("w-two", utf8("hi"));
      assertThat(r.complete()).isTrue();
      assertThat(r.replies())
          .containsOnlyKeys(
              new WatcherId(client.instanceId(), a.cookie()),
              new WatcherId(other.instanceId(), b.cookie()));
      assertThat(r.replies().get(new WatcherId(client.instanceId(), a.cookie())))
          .isEqualTo(utf8("a:hi"));
      assertThat(r.replies().get(new WatcherId(other.instanceId(), b.cookie()))).isEmpty();
    }
  }

  @Test
  void aWatcherThatDoesNotAnswerInTimeIsListedAsTimedOut() {
    io.writeFull("w-slow", utf8("x"));
    try (Watch slow =
        io.watch(
            "w-slow",
            e -> {
              sleep(3000);
              return utf8("late");
            })) {
      NotifyResult r = io.notify("w-slow", utf8("hurry"), Duration.ofSeconds(1));
      assertThat(r.complete()).isFalse();
      assertThat(r.replies()).isEmpty();
      assertThat(r.timedOut()).containsExactly(new WatcherId(client.instanceId(), slow.cookie()));
    }
  }

  @Test
  void aMissingObjectCannotBeWatchedNotifiedOrListed() {
    assertThatThrownBy(() -> io.watch("w-none", e -> null))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("watch on object 'w-none' in pool 'watch'")
        .hasMessageContaining("ENOENT");
    assertThatThrownBy(() -> io.notify("w-none", utf8("x")))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("notify on object 'w-none' in pool 'watch'");
    assertThatThrownBy(() -> io.listWatchers("w-none"))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("list watchers on object 'w-none' in pool 'watch'");
    assertThatThrownBy(() -> io.notify("w-none", utf8("x"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notify timeout must be 1 to 4294967295 seconds");
  }

  @Test
  void deletingTheObjectLosesTheWatch(CephCluster c) throws Exception {
    io.writeFull("w-gone", utf8("x"));
    BlockingQueue<RadosException> errors = new LinkedBlockingQueue<>();
    List<Long> cookies = new CopyOnWriteArrayList<>();
    List<NotifyEvent> notifies = new CopyOnWriteArrayList<>();
    try (Watch watch =
        io.watch(
            "w-gone",
            new WatchListener() {
              @Override
              public byte[] onNotify(NotifyEvent event) {
                notifies.add(event);
                return null;
              }

              @Override
              public void onError(long watchCookie, RadosException error) {
                cookies.add(watchCookie);
                errors.add(error);
              }
            })) {
      c.rados("-p", POOL, "rm", "w-gone").requireOk();
      RadosException lost = errors.poll(20, TimeUnit.SECONDS);
      assertThat(lost).isNotNull();
      assertThat(lost.errno()).isEqualTo(107);
      assertThat(lost.getMessage()).contains("'w-gone'").contains("ENOTCONN");
      assertThat(watch.error()).containsSame(lost);
      assertThat(cookies).containsExactly(watch.cookie());
      assertThat(notifies).isEmpty();
    }
    // Closing a lost watch is not an error.
    assertThat(errors).isEmpty();
  }

  @Test
  void watchesAreKeptAlivePastTheirTimeout(CephCluster c) throws Exception {
    io.writeFull("w-alive", utf8("x"));
    List<NotifyEvent> seen = new ArrayList<>();
    // A 3 s timeout: without pings (every second for it) the OSD would drop the watch after 3 s.
    try (Watch watch =
        io.watch(
            "w-alive",
            Duration.ofSeconds(3),
            e -> {
              synchronized (seen) {
                seen.add(e);
              }
              return null;
            })) {
      sleep(8_000);
      assertThat(watch.error()).isEmpty();
      String listed = c.rados("-p", POOL, "listwatchers", "w-alive").requireOk().stdout();
      assertThat(listed).contains("cookie=" + watch.cookie());
      assertThat(io.notify("w-alive", utf8("still there?")).complete()).isTrue();
      synchronized (seen) {
        assertThat(seen).hasSize(1);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
