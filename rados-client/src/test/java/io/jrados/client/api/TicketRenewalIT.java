package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterConfig;
import org.junit.jupiter.api.Test;

/** A client kept open past short ticket lifetimes still runs commands. */
@CephClusterConfig(
    osds = 0,
    conf = {"global/auth_mon_ticket_ttl=8", "global/auth_service_ticket_ttl=8"})
class TicketRenewalIT {

  @Test
  void commandsKeepWorkingPastTheTicketTtl(CephCluster c) throws Exception {
    try (RadosClient client = MonSessionIT.connect(c)) {
      for (int i = 0; i < 4; i++) {
        assertThat(client.monCommand("{\"prefix\": \"fsid\"}").outputString().strip())
            .isEqualTo(c.fsid());
        Thread.sleep(7_000);
      }
      assertThat(client.monCommand("{\"prefix\": \"status\"}").ok()).isTrue();
    }
  }
}
