package io.jrados.client.internal.mon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.api.RadosTimeoutException;
import io.netty.channel.DefaultEventLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commands and version queries kept by tid: an ack completes its own command only, a duplicate or
 * unknown one is dropped, a new session resends what still waits in tid order, and each request
 * ends by its deadline or when the client closes.
 */
class MonCommandsTest {
  private static final Duration LONG = Duration.ofSeconds(30);

  private final DefaultEventLoop loop = new DefaultEventLoop();
  private final List<String> sent = new ArrayList<>();
  private final MonCommands commands =
      new MonCommands(
          loop, p -> sent.add("cmd " + p.tid + " " + p.json), h -> sent.add("ver " + h));

  @AfterEach
  void stop() {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
  }

  private void onLoop(Runnable r) throws Exception {
    loop.submit(r).get(5, TimeUnit.SECONDS);
  }

  private static MonCommandResult result(int code, String status) {
    return new MonCommandResult(code, status, new byte[0]);
  }

  @Test
  void eachAckCompletesItsOwnCommandOnce() throws Exception {
    CompletableFuture<MonCommandResult> first = commands.command("{\"a\":1}", new byte[0], LONG);
    CompletableFuture<MonCommandResult> second = commands.command("{\"b\":2}", new byte[0], LONG);
    onLoop(() -> {});
    assertThat(sent).containsExactly("cmd 1 {\"a\":1}", "cmd 2 {\"b\":2}");

    onLoop(() -> commands.acked(2, result(-2, "no such pool")));
    assertThat(second.get(5, TimeUnit.SECONDS).returnCode()).isEqualTo(-2);
    assertThat(first).isNotDone();

    onLoop(() -> commands.acked(99, result(0, "")));
    assertThat(first).isNotDone();
    onLoop(() -> commands.acked(1, result(0, "done")));
    onLoop(() -> commands.acked(1, result(-1, "a duplicate after a resend")));
    assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo("done");
  }

  @Test
  void aNewSessionResendsWhatStillWaitsInTidOrder() throws Exception {
    for (int i = 0; i < 12; i++) {
      commands.command("c" + i, new byte[0], LONG);
    }
    CompletableFuture<Long> epoch = commands.newestOsdMapEpoch(LONG);
    onLoop(() -> commands.acked(3, result(0, "")));
    sent.clear();
    onLoop(commands::resend);
    List<String> expected = new ArrayList<>();
    for (int tid = 1; tid <= 12; tid++) {
      if (tid != 3) {
        expected.add("cmd " + tid + " c" + (tid - 1));
      }
    }
    expected.add("ver 1");
    assertThat(sent).containsExactlyElementsOf(expected);

    onLoop(() -> commands.versionArrived(1, 42));
    assertThat(epoch.get(5, TimeUnit.SECONDS)).isEqualTo(42);
  }

  @Test
  void requestsEndByTheirDeadlines() {
    CompletableFuture<MonCommandResult> c =
        commands.command("osd tree", new byte[0], Duration.ofMillis(100));
    CompletableFuture<Long> v = commands.newestOsdMapEpoch(Duration.ofMillis(100));
    assertThatThrownBy(() -> c.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RadosTimeoutException.class)
        .hasMessageContaining("mon command osd tree");
    assertThatThrownBy(() -> v.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(RadosTimeoutException.class)
        .hasMessageContaining("osdmap epoch");
  }

  @Test
  void closingFailsWhatWaitsAndWhatComesLater() throws Exception {
    CompletableFuture<MonCommandResult> c = commands.command("status", new byte[0], LONG);
    CompletableFuture<Long> v = commands.newestOsdMapEpoch(LONG);
    onLoop(commands::failAll);
    assertThatThrownBy(() -> c.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionClosedException.class);
    assertThatThrownBy(() -> v.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionClosedException.class);
    assertThatThrownBy(() -> commands.command("status", new byte[0], LONG).get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionClosedException.class);
    assertThatThrownBy(() -> commands.newestOsdMapEpoch(LONG).get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionClosedException.class);
  }
}
