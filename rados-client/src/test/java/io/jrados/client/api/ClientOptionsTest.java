package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  private static final String KEY = "AQBSdFxfAAAAABAAsIgLYWbzk7+wPlBTqTfJpg==";

  @Test
  void builderStartsFromLibradosDefaults() {
    ClientOptions o = ClientOptions.builder().build();
    assertThat(o.cluster()).isEqualTo("ceph");
    assertThat(o.entityName()).isEqualTo("client.admin");
    assertThat(o.entityId()).isEqualTo("admin");
    assertThat(o.keyringPaths()).first().isEqualTo(Path.of("/etc/ceph/ceph.client.admin.keyring"));
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(o.key()).isEmpty();
  }

  @Test
  void idKeepsTheTypeAndDefaultKeyringsFollowTheLatestNames() {
    ClientOptionsBuilder b = ClientOptions.builder().entityId("alice");
    assertThat(b.build().entityName()).isEqualTo("client.alice");
    ClientOptions o = b.cluster("backup").build();
    assertThat(o.keyringPaths())
        .containsExactly(
            Path.of("/etc/ceph/backup.client.alice.keyring"),
            Path.of("/etc/ceph/backup.keyring"),
            Path.of("/etc/ceph/keyring"),
            Path.of("/etc/ceph/keyring.bin"));
  }

  @Test
  void optionsAreImmutableAndCopyableThroughTheBuilder() {
    ClientOptions o =
        ClientOptions.builder()
            .monHosts("v2:127.0.0.1:3300")
            .option("log_file", "/x")
            .clientModes(List.of(ConnectionMode.SECURE))
            .build();
    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o.toBuilder().osdOpTimeout(Duration.ofSeconds(1)).build()).isNotEqualTo(o);
    assertThatThrownBy(() -> o.otherOptions().put("a", "b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.clientModes().add(ConnectionMode.CRC))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void invalidSettingsAreRefusedWithClearMessages() {
    assertThatThrownBy(() -> ClientOptions.builder().entityName("admin").build())
        .isInstanceOf(ClientConfigException.class)
        .hasMessageStartingWith("entity name 'admin': expected TYPE.ID");
    assertThatThrownBy(() -> ClientOptions.builder().entityName("user.x").build())
        .hasMessageContaining("TYPE one of auth, client, mds, mgr, mon, osd");
    assertThatThrownBy(() -> ClientOptions.builder().monHuntParallel(0).build())
        .hasMessageContaining("mon_client_hunt_parallel");
    assertThatThrownBy(() -> ClientOptions.builder().monOpTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> ClientOptions.builder().clientModes(List.of()).build())
        .hasMessageContaining("mode list is empty");
    assertThatThrownBy(() -> ClientOptions.builder().option("mon_host", "1.2.3.4"))
        .hasMessageContaining("has its own setter");
    // A zero interval would ask the event loop for a timer with no period.
    assertThatThrownBy(() -> ClientOptions.builder().monPingInterval(Duration.ZERO).build())
        .hasMessage("mon_client_ping_interval must be greater than zero");
    assertThatThrownBy(() -> ClientOptions.builder().osdKeepaliveInterval(Duration.ZERO).build())
        .hasMessage(
            "the OSD keepalive interval (objecter_tick_interval) must be greater than zero");
  }

  @Test
  void osdKeepalivesHaveTheirOwnSettingsAndAZeroTimeoutMeansNever() {
    ClientOptions o = ClientOptions.builder().build();
    assertThat(o.osdKeepaliveInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.osdKeepaliveTimeout()).isEqualTo(Duration.ofSeconds(30));
    ClientOptions quiet =
        o.toBuilder()
            .monPingInterval(Duration.ofSeconds(1))
            .osdKeepaliveTimeout(Duration.ZERO)
            .monPingTimeout(Duration.ZERO)
            .build();
    assertThat(quiet.osdKeepaliveInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(quiet.osdKeepaliveTimeout()).isZero();
    assertThat(quiet).isNotEqualTo(o);
    assertThat(quiet.toString()).contains("osdKeepalive=PT5S/PT0S");
  }

  @Test
  void theKeyNeverAppearsInTextOrErrors() {
    ClientOptions o = ClientOptions.builder().key(KEY).build();
    assertThat(o.key()).contains(KEY);
    assertThat(o.toString()).doesNotContain(KEY).doesNotContain("AQBS").contains("key=(set)");
    String notBase64 = KEY.replace('+', '%');
    assertThatThrownBy(() -> ClientOptions.builder().key(notBase64).build())
        .isInstanceOf(ClientConfigException.class)
        .hasMessage("option key: not valid base64")
        .hasNoCause();
  }

  @Test
  void fromArgsReturnsTheOptionsAndTheRest() {
    ParsedClientArgs parsed =
        ClientOptions.fromArgs(
            new String[] {"--id", "bob", "-m", "127.0.0.1", "status"},
            java.util.Map.of("CEPH_CONF", "/nonexistent/jrados-test.conf"));
    assertThat(parsed.options().entityName()).isEqualTo("client.bob");
    assertThat(parsed.options().monHosts().orElseThrow().mons()).hasSize(2);
    assertThat(parsed.remaining()).containsExactly("status");
  }
}
