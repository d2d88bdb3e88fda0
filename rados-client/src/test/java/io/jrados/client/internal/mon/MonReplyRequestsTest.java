package io.jrados.client.internal.mon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.protocol.messages.CephMessage;
import io.jrados.protocol.messages.MPoolOpReply;
import io.jrados.protocol.messages.MStatfsReply;
import io.jrados.protocol.messages.PaxosHeader;
import io.netty.channel.DefaultEventLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests matched to their replies by tid: each reply completes its own request only, a reply of
 * another kind or an unknown tid is dropped, a new session resends what still waits under the same
 * tids, and every request ends by its deadline or when the client closes.
 */
class MonReplyRequestsTest {
  private static final UUID FSID = UUID.fromString("6ea44005-9c05-419c-8b49-321ae6e3ed91");
  private static final Duration LONG = Duration.ofSeconds(30);

  private final DefaultEventLoop loop = new DefaultEventLoop();
  private final MonReplyRequests requests = new MonReplyRequests(loop);
  private final List<Long> sent = new ArrayList<>();

  @AfterEach
  void stop() {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
  }

  private void send(long tid, Function<UUID, CephMessage> request) {
    assertThat(request.apply(FSID)).isNotNull();
    sent.add(tid);
  }

  private <R extends CephMessage> CompletableFuture<R> submit(Class<R> type, Duration timeout) {
    return requests.submit(
        fsid -> new MStatfsReply(fsid, 0, 0, 0, 0, 0), type, timeout, "a request", this::send);
  }

  private void onLoop(Runnable r) throws Exception {
    loop.submit(r).get(5, TimeUnit.SECONDS);
  }

  private static MPoolOpReply poolOpReply(int code) {
    return new MPoolOpReply(PaxosHeader.CLIENT, FSID, code, 7, Optional.empty());
  }

  @Test
  void eachReplyCompletesItsOwnRequest() throws Exception {
    CompletableFuture<MPoolOpReply> first = submit(MPoolOpReply.class, LONG);
    CompletableFuture<MPoolOpReply> second = submit(MPoolOpReply.class, LONG);
    onLoop(() -> {});
    assertThat(sent).containsExactly(1L, 2L);

    onLoop(() -> requests.replied(2, poolOpReply(-22)));
    assertThat(second.get(5, TimeUnit.SECONDS).replyCode()).isEqualTo(-22);
    assertThat(first).isNotDone();

    // A reply of another kind, or for no request, changes nothing.
    onLoop(() -> requests.replied(1, new MStatfsReply(FSID, 1, 2, 3, 4, 5)));
    onLoop(() -> requests.replied(99, poolOpReply(0)));
    assertThat(first).isNotDone();
    onLoop(() -> requests.replied(1, poolOpReply(0)));
    assertThat(first.get(5, TimeUnit.SECONDS).replyCode()).isZero();
  }

  @Test
  void aNewSessionResendsWhatStillWaitsUnderTheSameTids() throws Exception {
    CompletableFuture<MPoolOpReply> answered = submit(MPoolOpReply.class, LONG);
    CompletableFuture<MPoolOpReply> waiting = submit(MPoolOpReply.class, LONG);
    onLoop(() -> requests.replied(1, poolOpReply(0)));
    answered.get(5, TimeUnit.SECONDS);
    sent.clear();
    onLoop(() -> requests.resend(this::send));
    assertThat(sent).containsExactly(2L);
    assertThat(waiting).isNotDone();
  }

  @Test
  void aRequestEndsByItsDeadline() {
    CompletableFuture<MPoolOpReply> f = submit(MPoolOpReply.class, Duration.ofMillis(100));
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RadosTimeoutException.class)
        .hasMessageContaining("a request");
  }

  @Test
  void closingFailsEveryRequest() throws Exception {
    CompletableFuture<MPoolOpReply> f = submit(MPoolOpReply.class, LONG);
    onLoop(requests::failAll);
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ConnectionClosedException.class);
  }
}
