package io.jrados.client.internal.mon;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.internal.auth.Credentials;
import io.jrados.client.internal.net.Msgr2Connector;
import io.jrados.client.internal.util.Blocking;
import io.jrados.client.internal.util.IoThreads;
import io.jrados.protocol.auth.cephx.CephxTicket;
import io.jrados.protocol.encoding.EntityName;
import io.jrados.protocol.msgr2.FrameLimits;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Service tickets are renewed over the mon session before they expire. */
@CephClusterConfig(osds = 0, conf = "global/auth_service_ticket_ttl=8")
class ServiceTicketRenewalIT {

  @Test
  void osdAndMgrTicketsAreRenewedAtThreeQuartersOfTheirLife(CephCluster c) throws Exception {
    ClientOptions options =
        ClientOptions.fromArgs(new String[] {"-c", c.confPath().toString()}, Map.of()).options();
    try (IoThreads io = new IoThreads(1)) {
      MonClient mon =
          new MonClient(
              options,
              Credentials.resolve(options),
              new Msgr2Connector(io, FrameLimits.DEFAULT),
              io.group().next(),
              Clock.systemUTC());
      Blocking.await(mon.connect(), Duration.ofSeconds(30), "connect");
      Instant firstOsd = expiry(mon, EntityName.TYPE_OSD);
      Instant firstMgr = expiry(mon, EntityName.TYPE_MGR);
      assertThat(Duration.between(Instant.now(), firstOsd))
          .isLessThanOrEqualTo(Duration.ofSeconds(9));

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!expiry(mon, EntityName.TYPE_OSD).isAfter(firstOsd) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(expiry(mon, EntityName.TYPE_OSD)).isAfter(firstOsd);
      assertThat(expiry(mon, EntityName.TYPE_MGR)).isAfter(firstMgr);
      // Still valid well past the first tickets' lifetime: renewed again and again.
      Thread.sleep(10_000);
      assertThat(expiry(mon, EntityName.TYPE_OSD)).isAfter(Instant.now());
      Blocking.await(mon.close(), Duration.ofSeconds(5), "close");
    }
  }

  private static Instant expiry(MonClient mon, int service) {
    // The tickets live on the mon client's loop; read them there.
    CompletableFuture<Instant> read = new CompletableFuture<>();
    mon.loop()
        .execute(
            () ->
                read.complete(mon.tickets().get(service).map(CephxTicket::expires).orElseThrow()));
    return Blocking.await(read, Duration.ofSeconds(5), "reading the tickets");
  }
}
