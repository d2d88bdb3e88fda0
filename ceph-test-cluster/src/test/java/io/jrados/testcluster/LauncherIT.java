package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.testcluster.internal.NativeHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/ceph-test-cluster as a user runs it: two clusters side by side, status, stop. */
class LauncherIT {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("jrados.root", "..")).resolve("bin/ceph-test-cluster");
  private final ObjectMapper json = new ObjectMapper();
  private final NativeHost sh = new NativeHost();

  private CommandResult launcher(String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(LAUNCHER.toAbsolutePath().normalize().toString());
    argv.addAll(List.of(args));
    return sh.run(argv, Duration.ofMinutes(3));
  }

  @Test
  void twoClustersSideBySideStartReportAndStop(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    CompletableFuture<CommandResult> startA =
        CompletableFuture.supplyAsync(() -> launcher("start", "--dir", a.toString()));
    CompletableFuture<CommandResult> startB =
        CompletableFuture.supplyAsync(
            () -> launcher("start", "--dir", b.toString(), "--mons", "3", "--osds", "2"));
    CommandResult ra = startA.get();
    CommandResult rb = startB.get();
    try {
      assertThat(ra.exitCode()).as(ra.stderr()).isZero();
      assertThat(rb.exitCode()).as(rb.stderr()).isZero();
      assertThat(ra.stdout().strip().lines()).hasSize(1);
      JsonNode ja = json.readTree(ra.stdout());
      JsonNode jb = json.readTree(rb.stdout());
      assertThat(fieldNames(ja)).containsExactly("conf", "keyring", "fsid", "mon_hosts");
      assertThat(ja.path("conf").asText()).isEqualTo(a.resolve("ceph.conf").toString());
      assertThat(ja.path("fsid").asText()).isNotEqualTo(jb.path("fsid").asText());
      assertThat(ja.path("mon_hosts")).hasSize(1);
      assertThat(jb.path("mon_hosts")).hasSize(3);
      List<String> ports = new ArrayList<>();
      ja.path("mon_hosts").forEach(h -> ports.add(h.asText()));
      jb.path("mon_hosts").forEach(h -> ports.add(h.asText()));
      assertThat(ports).doesNotHaveDuplicates().allMatch(h -> h.startsWith("v2:127.0.0.1:"));

      // Each cluster answers Ceph's own CLI with its own fsid.
      for (JsonNode j : List.of(ja, jb)) {
        CommandResult fsid =
            sh.run(
                List.of("ceph", "-c", j.path("conf").asText(), "--connect-timeout", "15", "fsid"),
                Duration.ofSeconds(60));
        assertThat(fsid.stdout().strip()).isEqualTo(j.path("fsid").asText());
      }
      CommandResult status = launcher("status", "--dir", a.toString());
      assertThat(status.exitCode()).as(status.stderr()).isZero();
      assertThat(json.readTree(status.stdout())).isEqualTo(ja);
    } finally {
      CommandResult sa = launcher("stop", "--dir", a.toString());
      CommandResult sb = launcher("stop", "--dir", b.toString());
      assertThat(sa.exitCode()).as(sa.stderr()).isZero();
      assertThat(sb.exitCode()).as(sb.stderr()).isZero();
    }
    assertThat(ThreeMonClusterIT.processesMentioning(a)).isEmpty();
    assertThat(ThreeMonClusterIT.processesMentioning(b)).isEmpty();
    assertThat(Files.isDirectory(a.resolve("log"))).as("logs kept after stop").isTrue();
    CommandResult gone = launcher("status", "--dir", a.toString());
    assertThat(gone.exitCode()).isNotZero();
    assertThat(gone.stderr()).contains("no test cluster in");
  }

  @Test
  void startWithABadOptionFailsClearlyAndLeavesNoDaemon(@TempDir Path tmp) {
    Path d = tmp.resolve("bad");
    CommandResult r = launcher("start", "--dir", d.toString(), "--conf", "nonsense");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.stderr()).contains("expected section/option=value, got 'nonsense'");
    assertThat(ThreeMonClusterIT.processesMentioning(d)).isEmpty();
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
