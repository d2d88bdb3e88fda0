package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.IoCtx;
import io.jrados.client.api.RadosClient;
import io.jrados.client.api.Watch;
import io.jrados.client.cli.ToolRunner.Result;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code jrados listwatchers}, {@code notify} and {@code watch} against {@code rados}'s, on one
 * cluster and object: the same stdout, stderr and exit status, failures included.
 */
@ExtendWith(CephClusterExtension.class)
class JradosWatchIT {
  private static final String POOL = "jrados-watch";
  private static final byte[] NONE = new byte[0];

  private static void ensurePool(CephCluster c) {
    if (!c.rados("lspools").stdout().lines().toList().contains(POOL)) {
      c.createPool(POOL, 8);
    }
  }

  private static void assertSame(Result rados, Result jrados) {
    assertThat(jrados.exitCode()).as("exit status").isEqualTo(rados.exitCode());
    assertThat(jrados.out()).as("stdout").isEqualTo(rados.out());
    assertThat(jrados.stderr()).as("stderr").isEqualTo(rados.stderr());
  }

  private static RadosClient connect(String conf) {
    RadosClient client =
        RadosClient.create(ClientOptions.fromArgs(new String[] {"-c", conf}, Map.of()).options());
    client.connect();
    return client;
  }

  @Test
  void listwatchersAndNotifyPrintAsRados(CephCluster c) {
    ensurePool(c);
    String conf = c.confPath().toString();
    c.rados("-p", POOL, "create", "watched").requireOk();
    try (RadosClient client = connect(conf)) {
      IoCtx io = client.ioCtx(POOL);
      try (Watch w = io.watch("watched", e -> "pong".getBytes(StandardCharsets.UTF_8))) {
        Result rados = ToolRunner.rados(conf, NONE, "-p", POOL, "listwatchers", "watched");
        assertThat(rados.out()).contains("cookie=" + w.cookie());
        assertSame(rados, ToolRunner.jrados(conf, NONE, "-p", POOL, "listwatchers", "watched"));

        rados = ToolRunner.rados(conf, NONE, "-p", POOL, "notify", "watched", "hello there");
        assertThat(rados.out()).startsWith("reply client." + client.instanceId());
        assertSame(
            rados, ToolRunner.jrados(conf, NONE, "-p", POOL, "notify", "watched", "hello there"));
      }
      // No watchers: both print nothing and succeed.
      assertSame(
          ToolRunner.rados(conf, NONE, "-p", POOL, "notify", "watched", "anyone?"),
          ToolRunner.jrados(conf, NONE, "-p", POOL, "notify", "watched", "anyone?"));
    }
  }

  @Test
  void aMissingObjectFailsAsInRados(CephCluster c) {
    ensurePool(c);
    String conf = c.confPath().toString();
    for (List<String> args :
        List.of(
            List.of("-p", POOL, "listwatchers", "nothing"),
            List.of("-p", POOL, "notify", "nothing", "hi"),
            List.of("-p", POOL, "watch", "nothing"))) {
      String[] a = args.toArray(String[]::new);
      Result rados = ToolRunner.rados(conf, NONE, a);
      assertThat(rados.exitCode()).isEqualTo(1);
      assertSame(rados, ToolRunner.jrados(conf, NONE, a));
    }
  }

  /**
   * One {@code rados notify} reaches a {@code rados watch} and a {@code jrados watch} on the same
   * object: both print the same notify (but for their own cookie) and answer with its bytes; the
   * object's removal then ends both watches, and both print the same error.
   */
  @Test
  void watchPrintsEachNotifyAndEchoesIt(CephCluster c) throws Exception {
    ensurePool(c);
    String conf = c.confPath().toString();
    c.rados("-p", POOL, "create", "echo").requireOk();
    Process rados =
        new ProcessBuilder("rados", "-c", conf, "-p", POOL, "watch", "echo")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    PipedOutputStream jradosStdin = new PipedOutputStream();
    PipedInputStream jradosIn = new PipedInputStream(jradosStdin);
    // Not a pipe: a pipe fails writes once the thread that last read it has ended.
    ByteArrayOutputStream jradosOut = new ByteArrayOutputStream();
    ByteArrayOutputStream jradosErr = new ByteArrayOutputStream();
    CompletableFuture<Integer> jrados =
        CompletableFuture.supplyAsync(
            () -> {
              try (PrintStream o = new PrintStream(jradosOut, true, StandardCharsets.UTF_8);
                  PrintStream e = new PrintStream(jradosErr, true, StandardCharsets.UTF_8)) {
                return new JradosCli(jradosIn, o, e)
                    .run(new String[] {"-c", conf, "-p", POOL, "watch", "echo"}, Map.of());
              }
            });
    try {
      BufferedReader radosLines =
          new BufferedReader(new InputStreamReader(rados.getInputStream(), StandardCharsets.UTF_8));
      assertThat(line(radosLines)).isEqualTo("press enter to exit...");
      assertThat(lines(jradosOut, 1)).containsExactly("press enter to exit...");

      Result notify = ToolRunner.rados(conf, NONE, "-p", POOL, "notify", "echo", "ping");
      assertThat(notify.exitCode()).isZero();
      // Two replies, each the notify's 8 bytes (a Ceph string "ping") echoed.
      String echoed = "00000000  04 00 00 00 70 69 6e 67                           |....ping|\n";
      assertThat(notify.out().split("\n")).hasSize(6);
      assertThat(notify.out())
          .containsPattern("(?s)( : 8 bytes\n" + Pattern.quote(echoed) + "00000008\n.*){2}");

      // Removing the object ends both watches: each tool prints an ERROR line for its own.
      c.rados("-p", POOL, "rm", "echo").requireOk();
      // rados flushes its NOTIFY and ERROR lines at once (std::endl), and the hex dump between
      // them with the ERROR line.
      String[] fromRados = {line(radosLines), line(radosLines), line(radosLines), line(radosLines)};
      String[] fromJrados = lines(jradosOut, 5).subList(1, 5).toArray(String[]::new);
      Pattern notifyLine = Pattern.compile("NOTIFY cookie (\\d+) (notify_id \\d+ from \\d+)");
      Matcher r = notifyLine.matcher(fromRados[0]);
      Matcher j = notifyLine.matcher(fromJrados[0]);
      assertThat(r.matches()).as(fromRados[0]).isTrue();
      assertThat(j.matches()).as(fromJrados[0]).isTrue();
      assertThat(j.group(2)).isEqualTo(r.group(2));
      assertThat(notify.out()).contains("cookie " + j.group(1) + " : 8 bytes");
      assertThat(fromJrados[1]).isEqualTo(fromRados[1]);
      assertThat(fromJrados[2]).isEqualTo(fromRados[2]).isEqualTo("00000008");
      String lost = " err (107) Transport endpoint is not connected";
      assertThat(fromRados[3]).isEqualTo("ERROR cookie " + r.group(1) + lost);
      assertThat(fromJrados[3]).isEqualTo("ERROR cookie " + j.group(1) + lost);

      try (var stdin = rados.getOutputStream()) {
        stdin.write('\n');
      }
      jradosStdin.write('\n');
      jradosStdin.close();
      assertThat(rados.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(jrados.get(30, TimeUnit.SECONDS)).isEqualTo(rados.exitValue()).isZero();
      assertThat(jradosErr.toString(StandardCharsets.UTF_8)).isEmpty();
    } finally {
      rados.destroyForcibly();
      jradosStdin.close();
    }
  }

  /** The first {@code n} lines written to {@code out}, once there are that many (30 s at most). */
  private static List<String> lines(ByteArrayOutputStream out, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
      if (lines.size() >= n) {
        return lines.subList(0, n);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "jrados printed " + lines.size() + " lines, not " + n + ": " + lines);
      }
      Thread.sleep(50);
    }
  }

  private static String line(BufferedReader r) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                return r.readLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .get(30, TimeUnit.SECONDS);
  }
}
