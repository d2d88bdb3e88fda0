package io.jrados.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jrados.client.api.ClientConfigException;
import io.jrados.client.api.MonAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ceph's own {@code ceph-conf} (and {@code monmaptool}) against our reading of the same files: the
 * lookups, the parse errors and their lines, the command-line precedence and the monitor lists.
 */
class CephConfOracleIT {
  private static final Path FIXTURES = CephConfFileTest.FIXTURES.toAbsolutePath();
  private static final String PID = "4242";
  private static final String HOME = System.getProperty("user.home");
  private static final List<String> GOOD_FILES =
      List.of(
          "basic.conf",
          "precedence.conf",
          "syntax.conf",
          "metavars.conf",
          "loops.conf",
          "crlf.conf",
          "single-line.conf",
          "daemon-sections.conf",
          "mon-forms.conf",
          "escapes-in-sections.conf",
          "empty.conf",
          "comment-eof.conf",
          "test-cluster.conf");
  private static final List<String> NAMES =
      List.of("client.admin", "client.foo", "client.rgw.gateway-1", "osd.3", "mon.a", "mgr.x");

  /**
   * Asked of every file besides the options it sets: absent ones, and spellings that must normalise
   * (spaces, case, dashes) to the names the files use.
   */
  private static final List<String> ALWAYS_ASKED =
      List.of(
          "keyring",
          "mon host",
          "log_file",
          "admin socket",
          "pid file",
          "no_such_option",
          "Tabbed Name",
          "quoted double",
          "camelcase",
          "mon_dash",
          "mon-dash");

  @BeforeAll
  static void cephConfIsInstalled() {
    assumeTrue(onPath("ceph-conf"), "ceph-conf is not installed");
  }

  static Stream<Arguments> lookups() {
    List<Arguments> all = new ArrayList<>();
    for (String file : GOOD_FILES) {
      for (String name : NAMES) {
        all.add(Arguments.of(file, name));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("lookups")
  void everyLookupEqualsCephConf(String file, String name) throws Exception {
    String conf = FIXTURES.resolve(file).toString();
    ResolvedConfig ours = loader(Map.of()).resolve(List.of("-c", conf, "--name", name));
    Set<String> keys = new LinkedHashSet<>(ALWAYS_ASKED);
    CephConfFile parsed = ours.conf().orElseThrow();
    parsed.sectionNames().forEach(section -> keys.addAll(parsed.section(section).keySet()));
    for (String key : keys) {
      Optional<String> theirs =
          cephConf(Map.of(), "-c", conf, "--name", name, "--pid", PID, "--lookup", key);
      assertThat(ours.lookupInConf(key)).as("%s [%s] %s", file, name, key).isEqualTo(theirs);
    }
  }

  static Stream<String> badFiles() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES.resolve("bad"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFilesFailInBothOnTheSameLine(String file) throws Exception {
    Path path = FIXTURES.resolve("bad").resolve(file);
    Result ceph = run(Map.of(), "ceph-conf", "-c", path.toString(), "--lookup", "keyring");
    assertThat(ceph.exitCode()).isNotZero();
    Matcher cephLine = Pattern.compile("line (\\d+)").matcher(ceph.stderr());
    assertThat(cephLine.find()).as(ceph.stderr()).isTrue();
    assertThatThrownBy(() -> CephConfFile.load(path))
        .isInstanceOf(ClientConfigException.class)
        .hasMessageStartingWith(path + " line " + cephLine.group(1) + ": ");
  }

  static Stream<Arguments> precedence() {
    String p = FIXTURES.resolve("precedence.conf").toString();
    return Stream.of(
        Arguments.of(List.of("-c", p), Map.of(), "keyring"),
        Arguments.of(List.of("-c", p, "--id", "foo"), Map.of(), "keyring"),
        Arguments.of(List.of("-c", p), Map.of("CEPH_ARGS", "--id env"), "keyring"),
        Arguments.of(List.of("-c", p, "--id", "cmd"), Map.of("CEPH_ARGS", "--id env"), "keyring"),
        Arguments.of(
            List.of("-c", p, "--id", "cmd"), Map.of("CEPH_ARGS", "--name client.e"), "log_file"),
        Arguments.of(List.of("-c", p), Map.of("CEPH_KEYRING", "/ck"), "keyring"),
        Arguments.of(
            List.of("-c", p),
            Map.of("CEPH_KEYRING", "/ck", "CEPH_ARGS", "--keyring /ca"),
            "keyring"),
        Arguments.of(List.of("-c", p, "-k", "/c1", "--keyring=/c2"), Map.of(), "keyring"),
        Arguments.of(List.of("-c", p, "-m", "1.2.3.4"), Map.of(), "mon_host"),
        Arguments.of(List.of("-c", p, "--mon-host=5.6.7.8"), Map.of(), "mon_host"),
        Arguments.of(
            List.of("-c", p),
            Map.of("CEPH_ARGS", "--client-mount-timeout 22"),
            "client_mount_timeout"),
        Arguments.of(
            List.of("-c", p, "--client_mount_timeout=33"),
            Map.of("CEPH_ARGS", "--client-mount-timeout 22"),
            "client_mount_timeout"),
        Arguments.of(List.of("-c", p, "--cluster", "zz"), Map.of(), "keyring"),
        Arguments.of(List.of(), Map.of("CEPH_CONF", p), "keyring"),
        Arguments.of(List.of("-c", "/nonexistent.conf," + p), Map.of(), "keyring"),
        Arguments.of(List.of("-c", p), Map.of(), "ms_mon_client_mode"),
        Arguments.of(List.of("-c", p, "--ms-client-mode", "secure"), Map.of(), "ms_client_mode"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("precedence")
  void effectiveValuesEqualCephConfsShowConfigValue(
      List<String> args, Map<String, String> env, String option) throws Exception {
    List<String> cephArgs = new ArrayList<>(args);
    cephArgs.addAll(List.of("--show-config-value", option));
    Optional<String> theirs = cephConf(env, cephArgs.toArray(String[]::new));
    assertThat(loader(env).resolve(args).value(option)).isEqualTo(theirs);
  }

  @Test
  void monitorListsEqualMonmaptools(@TempDir Path tmp) throws Exception {
    assumeTrue(onPath("monmaptool"), "monmaptool is not installed");
    // monmaptool builds its map as for mkfs, which differs from a client only for lone
    // addresses without a v1/v2 prefix and without port 3300 or 6789; these files have none.
    for (String file : List.of("mon-forms.conf", "test-cluster.conf", "daemon-sections.conf")) {
      Path conf = FIXTURES.resolve(file);
      Path map = tmp.resolve(file + ".monmap");
      Result created =
          run(
              Map.of(),
              "monmaptool",
              "--create",
              "--generate",
              "-c",
              conf.toString(),
              "--clobber",
              map.toString());
      assertThat(created.exitCode()).as(created.stderr()).isZero();
      Set<List<MonAddress>> theirs = new HashSet<>();
      Matcher m =
          Pattern.compile("(?m)^\\d+: (\\S+) mon\\.")
              .matcher(run(Map.of(), "monmaptool", "--print", map.toString()).stdout());
      while (m.find()) {
        theirs.addAll(
            MonHostParser.parse(
                m.group(1),
                host -> {
                  throw new java.net.UnknownHostException(host);
                }));
      }
      String monHost = CephConfFile.load(conf).get("global", "mon_host").orElseThrow();
      Set<List<MonAddress>> ours =
          new HashSet<>(MonHostParser.parse(monHost, java.net.InetAddress::getAllByName));
      assertThat(ours).as(file).isEqualTo(theirs).isNotEmpty();
    }
  }

  private static ClientOptionsLoader loader(Map<String, String> env) {
    Map<String, String> withHome = new java.util.HashMap<>(env);
    withHome.put("HOME", HOME);
    return new ClientOptionsLoader(
        withHome, ClientOptionsLoader::localShortHostName, Long.parseLong(PID));
  }

  /** ceph-conf's output for one query: the printed value, or empty when it exits 1. */
  private static Optional<String> cephConf(Map<String, String> env, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("ceph-conf"));
    command.addAll(List.of(args));
    Result r = run(env, command.toArray(String[]::new));
    if (r.exitCode() == 1 && r.stdout().isEmpty()) {
      return Optional.empty();
    }
    assertThat(r.exitCode()).as("%s: %s", command, r.stderr()).isZero();
    String out = r.stdout();
    return Optional.of(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
  }

  record Result(int exitCode, String stdout, String stderr) {}

  private static Result run(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("CEPH_"));
    pb.environment().put("HOME", HOME);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("ceph-conf", ".out");
    Path err = Files.createTempFile("ceph-conf", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command[0] + " did not finish in 30 s");
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }
}
