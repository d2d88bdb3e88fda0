package io.jrados.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.ClientConfigException;
import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.ConnectionMode;
import io.jrados.client.api.ParsedClientArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientOptionsLoaderTest {
  private static final String KEY = "AQBSdFxfAAAAABAAsIgLYWbzk7+wPlBTqTfJpg==";

  @TempDir Path dir;

  private final Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/u"));

  @BeforeEach
  void noConfFileUnlessATestWritesOne() {
    // The default search would read this machine's /etc/ceph/ceph.conf.
    env.put("CEPH_CONF", dir.resolve("absent.conf").toString());
  }

  private Path conf(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private ParsedClientArgs load(String... args) {
    return new ClientOptionsLoader(env, () -> "node1", 77).load(List.of(args));
  }

  @Test
  void commandLineBeatsCephArgsWhichBeatsTheConfFile() throws Exception {
    Path c =
        conf(
            "ceph.conf",
            "[global]\nclient mount timeout = 11\nrados osd op timeout = 12\n"
                + "rados mon op timeout = 13\n");
    env.put("CEPH_ARGS", "--client-mount-timeout 22 --rados_osd_op_timeout=23");
    ClientOptions o = load("-c", c.toString(), "--client_mount_timeout=33").options();
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(33));
    assertThat(o.osdOpTimeout()).isEqualTo(Duration.ofSeconds(23));
    assertThat(o.monOpTimeout()).isEqualTo(Duration.ofSeconds(13));
  }

  @Test
  void objecterTickIntervalSetsTheOsdKeepaliveInterval() throws Exception {
    Path c = conf("ceph.conf", "[client]\nobjecter tick interval = 2.5\n");
    assertThat(load("-c", c.toString()).options().osdKeepaliveInterval())
        .isEqualTo(Duration.ofMillis(2500));
    assertThat(load("-c", c.toString(), "--objecter_tick_interval", "1").options())
        .extracting(ClientOptions::osdKeepaliveInterval)
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void lastEntityArgumentWinsAndCephArgsComeFirst() throws Exception {
    Path c = conf("ceph.conf", "[global]\nkeyring = /k/$name\n");
    env.put("CEPH_ARGS", "--name client.env");
    assertThat(load("-c", c.toString(), "--id", "cmd").options().entityName())
        .isEqualTo("client.cmd");
    env.put("CEPH_ARGS", "--id env");
    assertThat(load("-c", c.toString(), "-n", "client.cmd").options().entityName())
        .isEqualTo("client.cmd");
    assertThat(load("-c", c.toString(), "--name=client.a", "--user", "b").options().keyringPaths())
        .containsExactly(Path.of("/k/client.b"));
  }

  @Test
  void clusterComesFromTheConfFileNameOrTheFlag() throws Exception {
    Path c = conf("backup.conf", "[global]\nkeyring = /k/$cluster\n");
    assertThat(load("-c", c.toString()).options().cluster()).isEqualTo("backup");
    assertThat(load("-c", c.toString(), "--cluster", "x").options().keyringPaths())
        .containsExactly(Path.of("/k/x"));
    Path other = conf("settings", "[global]\n");
    assertThat(load("--conf=" + other).options().cluster()).isEqualTo("ceph");
  }

  @Test
  void onlyTheFirstExistingConfFileIsRead() throws Exception {
    Path first = conf("first.conf", "[global]\nlog file = /first\n");
    Path second = conf("second.conf", "[global]\nlog file = /second\nrun dir = /r\n");
    ClientOptions o =
        load("-c", dir.resolve("missing.conf") + "," + first + ";" + second).options();
    assertThat(o.confFile()).contains(first);
    assertThat(o.otherOption("log file")).contains("/first");
    assertThat(o.otherOption("run_dir")).isEmpty();
  }

  @Test
  void cephConfIsUsedWithoutDashC() throws Exception {
    Path c = conf("envconf.conf", "[global]\nmon host = 10.1.2.3:6789\n");
    env.put("CEPH_CONF", c.toString());
    ClientOptions o = load().options();
    assertThat(o.cluster()).isEqualTo("ceph");
    assertThat(o.monHosts().orElseThrow().toString()).isEqualTo("[v1:10.1.2.3:6789]");
  }

  @Test
  void missingExplicitConfIsAnErrorButMissingDefaultIsNot() {
    assertThatThrownBy(() -> load("-c", dir.resolve("nope.conf").toString()))
        .isInstanceOf(ClientConfigException.class)
        .hasMessageContaining("cannot open any conf file");
    env.put("CEPH_CONF", dir.resolve("nope.conf").toString());
    assertThat(load().options().confFile()).isEmpty();
  }

  @Test
  void keyringPrecedenceIncludesCephKeyring() throws Exception {
    Path c = conf("ceph.conf", "[global]\nkeyring = /conf\n");
    env.put("CEPH_KEYRING", "/ck");
    assertThat(load("-c", c.toString()).options().keyringPaths()).containsExactly(Path.of("/ck"));
    env.put("CEPH_ARGS", "--keyring=/ca");
    assertThat(load("-c", c.toString()).options().keyringPaths()).containsExactly(Path.of("/ca"));
    assertThat(load("-c", c.toString(), "-k", "/a,/b").options().keyringPaths())
        .containsExactly(Path.of("/a"), Path.of("/b"));
  }

  @Test
  void defaultsAreLibradosDefaultsWithExpandedKeyringSearch() {
    ClientOptions o = load("--id", "foo").options();
    assertThat(o.entityName()).isEqualTo("client.foo");
    assertThat(o.keyringPaths())
        .containsExactly(
            Path.of("/etc/ceph/ceph.client.foo.keyring"),
            Path.of("/etc/ceph/ceph.keyring"),
            Path.of("/etc/ceph/keyring"),
            Path.of("/etc/ceph/keyring.bin"));
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(300));
    assertThat(o.monOpTimeout()).isZero();
    assertThat(o.osdOpTimeout()).isZero();
    assertThat(o.clientModes()).containsExactly(ConnectionMode.CRC, ConnectionMode.SECURE);
    assertThat(o.monClientModes()).containsExactly(ConnectionMode.SECURE, ConnectionMode.CRC);
    assertThat(o.monHuntInterval()).isEqualTo(Duration.ofSeconds(3));
    assertThat(o.monPingInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.monPingTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.osdKeepaliveInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.monHuntParallel()).isEqualTo(3);
    assertThat(o.monHosts()).isEmpty();
    assertThat(o.otherOptions()).isEmpty();
  }

  @Test
  void typedOptionsParseFromTheConfFile() throws Exception {
    Path c =
        conf(
            "ceph.conf",
            "[global]\nms client mode = secure\nms_mon_client_mode = crc,secure\n"
                + "mon client hunt interval = 0.5\nclient_mount_timeout = 1h 30m\n"
                + "mon client hunt parallel = 2\n[client.admin]\nlog file = /var/log/$id\n");
    ClientOptions o = load("-c", c.toString()).options();
    assertThat(o.clientModes()).containsExactly(ConnectionMode.SECURE);
    assertThat(o.monClientModes()).containsExactly(ConnectionMode.CRC, ConnectionMode.SECURE);
    assertThat(o.monHuntInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofMinutes(90));
    assertThat(o.monHuntParallel()).isEqualTo(2);
    assertThat(o.otherOptions()).containsEntry("log_file", "/var/log/admin");
  }

  @Test
  void badValuesNameTheOptionAndWhereItCameFrom() throws Exception {
    Path c = conf("ceph.conf", "[client]\nclient mount timeout = 2.5\nms client mode = fast\n");
    assertThatThrownBy(() -> load("-c", c.toString()))
        .isInstanceOf(ClientConfigException.class)
        .hasMessage(
            c
                + " [client]: option client_mount_timeout = '2.5': expected seconds or a span"
                + " like 5m or 1h 30m");
    assertThatThrownBy(() -> load("-c", c.toString(), "--client-mount-timeout", "5"))
        .hasMessage(c + " [client]: option ms_client_mode = 'fast': unknown mode 'fast'");
    assertThatThrownBy(() -> load("-c", c.toString(), "--connect-timeout", "x"))
        .hasMessageStartingWith("command line: option client_mount_timeout = 'x'");
    assertThatThrownBy(() -> load("-m")).hasMessage("command line: option -m requires a value");
    assertThatThrownBy(() -> load("--name", "admin")).hasMessageContaining("expected TYPE.ID");
  }

  @Test
  void secretsOnlyReachTheKeyAccessor() throws Exception {
    Path c = conf("ceph.conf", "[global]\nkey = " + KEY + "\n");
    ClientOptions o = load("-c", c.toString()).options();
    assertThat(o.key()).contains(KEY);
    assertThat(o.toString()).doesNotContain(KEY).contains("key=(set)");
    assertThat(o.otherOptions()).doesNotContainKey("key");
    String broken = "AQBSdFxfAAAAABAAsIgLYWbzk7+wPlBTq!TfJpg==";
    assertThatThrownBy(() -> load("--key", broken))
        .isInstanceOf(ClientConfigException.class)
        .hasMessage("option key: not valid base64");
    assertThat(load("-K", "/secret/file").options().keyFile()).contains(Path.of("/secret/file"));
  }

  @Test
  void remainingArgumentsKeepCephsOrder() {
    env.put("CEPH_ARGS", "--pool envpool -- envtail");
    ParsedClientArgs parsed =
        load("-p", "rbd", "-m", "1.2.3.4:6789", "ls", "-i", "in", "--debug-ms=1", "--", "x");
    assertThat(parsed.remaining())
        .containsExactly("-p", "rbd", "ls", "-i", "in", "--pool", "envpool", "--", "x", "envtail");
    assertThat(parsed.options().otherOptions()).containsEntry("debug_ms", "1");
    assertThat(parsed.options().monHosts().orElseThrow().toString()).isEqualTo("[v1:1.2.3.4:6789]");
  }

  @Test
  void argumentsAfterDoubleDashAreNotConfiguration() {
    ParsedClientArgs parsed = load("--", "--id", "x");
    assertThat(parsed.options().entityName()).isEqualTo("client.admin");
    assertThat(parsed.remaining()).containsExactly("--", "--id", "x");
  }

  @Test
  void booleanOptionsTakeNoValue() {
    assertThat(load("--ms-bind-ipv6", "ls").options().otherOptions())
        .containsEntry("ms_bind_ipv6", "true");
    assertThat(load("--no-ms-bind-ipv6").options().otherOptions())
        .containsEntry("ms_bind_ipv6", "false");
    assertThatThrownBy(() -> load("--ms_bind_ipv6=maybe"))
        .hasMessageContaining("expects true or false");
  }

  @Test
  void pidAndHostComeFromTheLoader() throws Exception {
    Path c = conf("ceph.conf", "[global]\nadmin socket = /s/$host.$pid.asok\n");
    assertThat(load("-c", c.toString()).options().otherOption("admin_socket"))
        .contains("/s/node1.77.asok");
  }
}
