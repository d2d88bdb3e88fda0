package io.jrados.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs jceph in-process and captures what it prints. */
final class JcephRunner {
  record Result(int exitCode, String stdout, String stderr) {}

  private JcephRunner() {}

  static Result run(String conf, String... args) {
    List<String> all = new ArrayList<>(List.of("-c", conf));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new JcephCli(o, e).run(all.toArray(String[]::new), Map.of());
    }
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
