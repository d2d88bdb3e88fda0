package io.jrados.metering.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jmetering} end to end on localfs: JSON on stdout, one-line errors, exit codes. */
class MeteringCliTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(Map<String, String> env, String... args) {
    CommandLine cli = MeteringCli.commandLine(env);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString().strip(), err.toString().strip());
  }

  Run run(String... args) {
    return run(Map.of(), args);
  }

  String uri() {
    return "localfs://" + dir.resolve("store");
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void writeListCategoriesAndReadBack() throws IOException {
    Path data =
        file(
            "data.json",
            """
            {"timestamp": 1717027200, "category": "tidb", "self_id": "s1",
             "data": [{"logical_cluster_id": "lc1", "ru": {"unit": "RU", "value": 7}},
                      {"logical_cluster_id": "lc2", "ru": {"unit": "RU", "value": 8}}]}
            """);
    Run write = run("--uri", uri(), "write", "--file", data.toString(), "--page-size", "40");
    assertThat(write.exit()).as(write.err()).isZero();
    assertThat(write.out())
        .isEqualTo(
            "{\"written\":[\"metering/ru/1717027200/tidb/default-shared-pool/s1-0.json.gz\","
                + "\"metering/ru/1717027200/tidb/default-shared-pool/s1-1.json.gz\"]}");

    Run again = run("--uri", uri(), "write", "--file", data.toString(), "--page-size", "40");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err())
        .isEqualTo(
            "jmetering: file already exists: "
                + "metering/ru/1717027200/tidb/default-shared-pool/s1-1.json.gz");
    assertThat(run("--uri", uri(), "write", "--file", data.toString(), "--overwrite").exit())
        .isZero();

    Run list = run("--uri", uri(), "list", "--timestamp", "1717027200", "--category", "tidb");
    assertThat(list.out())
        .isEqualTo(
            "{\"timestamp\":1717027200,\"files\":{\"tidb\":"
                + "[\"metering/ru/1717027200/tidb/default-shared-pool/s1-0.json.gz\"]}}");
    assertThat(run("--uri", uri(), "categories", "--timestamp", "1717027200").out())
        .isEqualTo("[\"tidb\"]");

    Run read =
        run(
            Map.of("METERING_STORAGE_URI", uri()),
            "read",
            "metering/ru/1717027200/tidb/default-shared-pool/s1-0.json.gz");
    assertThat(read.out())
        .isEqualTo(
            "{\"timestamp\":1717027200,\"category\":\"tidb\",\"self_id\":\"s1\","
                + "\"shared_pool_id\":\"default-shared-pool\",\"part\":0,\"data\":["
                + "{\"logical_cluster_id\":\"lc1\",\"ru\":{\"value\":7,\"unit\":\"RU\"}},"
                + "{\"logical_cluster_id\":\"lc2\",\"ru\":{\"value\":8,\"unit\":\"RU\"}}]}");
  }

  @Test
  void readRefusesAFileThatIsNoMeteringPage() throws IOException {
    Path store = dir.resolve("store/metering/ru/60/c/p");
    Files.createDirectories(store);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(store.resolve("s-0.json.gz")))) {
      out.write("[1,2]".getBytes(StandardCharsets.UTF_8));
    }
    Run read = run("--uri", uri(), "read", "metering/ru/60/c/p/s-0.json.gz");
    assertThat(read.exit()).isEqualTo(1);
    assertThat(read.out()).isEmpty();
    assertThat(read.err()).startsWith("jmetering: invalid file format");
  }

  @Test
  void metaWriteAndReadWithAConfigFile() throws IOException {
    Path config =
        file(
            "storage.json",
            "{\"type\":\"localfs\",\"localfs\":{\"base-path\":\"" + dir.resolve("m") + "\"}}");
    Path meta =
        file(
            "meta.json",
            "{\"cluster_id\":\"c1\",\"type\":\"logic\",\"modify_ts\":120,\"metadata\":{\"k\":1}}");
    Run write = run("--config", config.toString(), "meta", "write", "--file", meta.toString());
    assertThat(write.out()).isEqualTo("{\"written\":\"metering/meta/logic/c1/120.json.gz\"}");
    Run read =
        run("--config", config.toString(), "meta", "read", "--cluster", "c1", "--timestamp", "500");
    assertThat(read.out())
        .isEqualTo(
            "{\"cluster_id\":\"c1\",\"type\":\"logic\",\"modify_ts\":120,\"metadata\":{\"k\":1}}");
    Run typed =
        run(
            "--config",
            config.toString(),
            "meta",
            "read",
            "--cluster",
            "c1",
            "--type",
            "sharedpool",
            "--timestamp",
            "500");
    assertThat(typed.exit()).isEqualTo(1);
    assertThat(typed.err()).startsWith("jmetering: file not found: no meta files found");
  }

  @Test
  void errorsAreOneLineOnStderrWithANonZeroExit() throws IOException {
    Run noStorage = run("categories", "--timestamp", "60");
    assertThat(noStorage.exit()).isEqualTo(1);
    assertThat(noStorage.err())
        .isEqualTo("jmetering: no storage given: use --uri, --config or METERING_STORAGE_URI");
    // A key that is no cephx secret: refused before any connection, and never repeated.
    Run rados =
        run(
            "--uri",
            "rados://pool/p?key=SECRET&mon-host=127.0.0.1:1",
            "categories",
            "--timestamp",
            "60");
    assertThat(rados.exit()).isEqualTo(1);
    assertThat(rados.err()).startsWith("jmetering: rados settings").doesNotContain("SECRET");
    Path bad = file("bad.json", "{\"timestamp\":61,\"category\":\"c\",\"self_id\":\"s\"}");
    Run invalid = run("--uri", uri(), "write", "--file", bad.toString());
    assertThat(invalid.err())
        .isEqualTo("jmetering: timestamp must be a minute-level timestamp (divisible by 60)");
    assertThat(run("--uri", uri(), "read", "metering/ru/60/c/p/s-0.json.gz").err())
        .isEqualTo("jmetering: file not found: metering/ru/60/c/p/s-0.json.gz");
    Run usage = run("--uri", uri(), "list");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required option: '--timestamp=<timestamp>'");
    assertThat(run("--uri", uri()).exit()).isEqualTo(2);
  }

  @Test
  void rebuildIndexIsForRadosStorageOnly() {
    Run local = run("--uri", uri(), "rebuild-index");
    assertThat(local.exit()).isEqualTo(1);
    assertThat(local.err())
        .isEqualTo("jmetering: rebuild-index works on rados storage only, not localfs");
  }
}
