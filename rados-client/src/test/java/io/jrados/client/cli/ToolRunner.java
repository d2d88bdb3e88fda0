package io.jrados.client.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs jrados in-process, and rados (or another tool) as a process, capturing bytes. */
final class ToolRunner {
  record Result(int exitCode, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private ToolRunner() {}

  static Result jrados(String conf, byte[] stdin, String... args) {
    List<String> all = new ArrayList<>(List.of("-c", conf));
    all.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code =
          new JradosCli(new ByteArrayInputStream(stdin), o, e)
              .run(all.toArray(String[]::new), Map.of());
    }
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static Result rados(String conf, byte[] stdin, String... args) {
    List<String> all = new ArrayList<>(List.of("rados", "-c", conf));
    all.addAll(List.of(args));
    Result r = process(all, stdin);
    return new Result(r.exitCode(), r.stdout(), LIBRADOS_NOISE.matcher(r.stderr()).replaceAll(""));
  }

  /**
   * Lines librados 16 sometimes logs when a mon or OSD connection races its shutdown or a second
   * mon's auth: timing, not part of what the tool reports, so they are left out of comparisons.
   */
  private static final java.util.regex.Pattern LIBRADOS_NOISE =
      java.util.regex.Pattern.compile(
          "(?m)^\\S+ \\S+ -1 monclient: (get_auth_request but no auth handler is set up"
              + "|handle_auth_reply_more no authorizer\\?)\\n"
              + "|^\\S+ \\S+ +0 --2- [^\\n]*\\.send_auth_request get_initial_auth_request"
              + " returned -13\\n");

  static Result process(List<String> command, byte[] stdin) {
    try {
      Process p = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> out = drain(p.getInputStream());
      CompletableFuture<byte[]> err = drain(p.getErrorStream());
      try (var in = p.getOutputStream()) {
        in.write(stdin);
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream s) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return s.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
