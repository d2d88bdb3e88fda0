package io.jrados.client.internal.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.internal.auth.MonCephxAuthenticator;
import io.jrados.client.internal.util.IoThreads;
import io.jrados.protocol.auth.AuthConstants;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.auth.cephx.CephxTicketSet;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.messages.CephFeatures;
import io.jrados.protocol.messages.MMonCommand;
import io.jrados.protocol.messages.MMonCommandAck;
import io.jrados.protocol.messages.MessageType;
import io.jrados.protocol.msgr2.FrameLimits;
import io.jrados.protocol.msgr2.MessageFrame;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.internal.CephxKeys;
import io.jrados.testcluster.junit.CephClusterExtension;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The raw msgr2 connection against a real mon: handshake in both modes, one mon command. */
@ExtendWith(CephClusterExtension.class)
class Msgr2HandshakeIT {

  private static ConnectionSpec spec(CephCluster c, String key, List<Integer> modes) {
    EntityAddr mon = EntityAddr.parse(c.monHosts().get(0) + "/0");
    MonCephxAuthenticator auth =
        new MonCephxAuthenticator(
            EntityName.parse("client.admin"),
            CryptoKey.fromBase64(key),
            0,
            CephxTicketSet.empty(),
            modes,
            Clock.systemUTC());
    return new ConnectionSpec(
        mon,
        auth,
        CephFeatures.CLIENT_SUPPORTED,
        CephFeatures.CLIENT_REQUIRED,
        Duration.ofSeconds(10),
        1);
  }

  @Test
  void crcAndSecureHandshakesReachReadyAndRunAMonCommand(CephCluster c) throws Exception {
    try (IoThreads io = new IoThreads(1)) {
      Msgr2Connector connector = new Msgr2Connector(io, FrameLimits.DEFAULT);
      for (List<Integer> modes :
          List.of(
              List.of(AuthConstants.CON_MODE_CRC),
              List.of(AuthConstants.CON_MODE_SECURE, AuthConstants.CON_MODE_CRC))) {
        CompletableFuture<MessageFrame> reply = new CompletableFuture<>();
        MessageListener listener =
            new MessageListener() {
              @Override
              public void onMessage(Msgr2Connection connection, MessageFrame message) {
                if (message.header().type() == MessageType.MON_COMMAND_ACK) {
                  reply.complete(message);
                } else {
                  message.release();
                }
              }

              @Override
              public void onClose(Msgr2Connection connection, Throwable cause) {
                reply.completeExceptionally(cause);
              }
            };
        Msgr2Connection conn =
            connector.connect(spec(c, c.adminKey(), modes), listener).get(15, TimeUnit.SECONDS);
        assertThat(conn.mode()).isEqualTo(modes.get(0) == 2 ? "secure" : "crc");
        assertThat(conn.handshake().globalId()).isPositive();
        assertThat(CephFeatures.has(conn.handshake().features(), CephFeatures.SERVER_NAUTILUS))
            .isTrue();

        MMonCommand cmd =
            MMonCommand.fromClient(UUID.fromString(c.fsid()), "{\"prefix\": \"fsid\"}");
        ByteBuf front = Unpooled.buffer();
        cmd.encode(new CephEncoder(front));
        conn.send(
            OutgoingMessage.of(
                MessageType.MON_COMMAND, cmd.headerVersion(), cmd.compatVersion(), 7, front));
        MessageFrame ack = reply.get(15, TimeUnit.SECONDS);
        try {
          assertThat(ack.header().tid()).isEqualTo(7);
          MMonCommandAck decoded =
              MMonCommandAck.decode(new CephDecoder(ack.front()), ack.header().version());
          assertThat(decoded.result()).isZero();
          assertThat(ack.data().toString(StandardCharsets.UTF_8).strip()).isEqualTo(c.fsid());
        } finally {
          ack.release();
        }
        conn.close().get(5, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aWrongKeyIsRefusedWithEacces(CephCluster c) {
    try (IoThreads io = new IoThreads(1)) {
      Msgr2Connector connector = new Msgr2Connector(io, FrameLimits.DEFAULT);
      String wrong = CephxKeys.newSecret();
      assertThatThrownBy(
              () -> connector.connect(spec(c, wrong, List.of(1)), null).get(15, TimeUnit.SECONDS))
          .hasCauseInstanceOf(AuthenticationException.class)
          .hasMessageContaining("EACCES")
          .hasMessageContaining("client.admin")
          .hasMessageNotContaining(wrong);
    }
  }

  @Test
  void nothingListeningIsAFastClearError(CephCluster c) {
    try (IoThreads io = new IoThreads(1)) {
      Msgr2Connector connector = new Msgr2Connector(io, FrameLimits.DEFAULT);
      ConnectionSpec s = spec(c, c.adminKey(), List.of(1));
      ConnectionSpec dead =
          new ConnectionSpec(
              EntityAddr.parse("v2:127.0.0.1:1/0"),
              s.authenticator(),
              s.supportedFeatures(),
              s.requiredFeatures(),
              s.handshakeTimeout(),
              2);
      assertThatThrownBy(() -> connector.connect(dead, null).get(15, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ConnectionClosedException.class)
          .hasMessageContaining("cannot connect to v2:127.0.0.1:1/0");
    }
  }
}
