package io.jrados.client.cli;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.Errno;
import io.jrados.client.api.MonCommandResult;
import io.jrados.client.api.ParsedClientArgs;
import io.jrados.client.api.RadosClient;
import io.jrados.client.api.RadosException;
import io.jrados.client.internal.command.CommandDescriptions;
import io.jrados.client.internal.command.CommandMatchException;
import io.jrados.client.internal.command.CommandMatcher;
import io.jrados.client.internal.command.CommandTarget;
import io.jrados.client.internal.command.MatchedCommand;
import io.jrados.client.internal.util.ClassArchive;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bin/jceph}: the {@code ceph} tool's flags, words and output for mon commands. The words
 * are matched against the command descriptions the mon publishes, exactly as {@code ceph} matches
 * them, so every mon command works by its words; output goes to stdout as the mon produced it, the
 * mon's status text to stderr, and failures exit with the errno, as {@code ceph} does.
 */
public final class JcephCli {
  private static final Set<String> FORMATS =
      Set.of("json", "json-pretty", "plain", "xml", "xml-pretty");

  private final PrintStream out;
  private final PrintStream err;

  JcephCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = new JcephCli(System.out, System.err).run(args, System.getenv());
    System.out.flush();
    ClassArchive.loadAllIfRecording(JcephCli.class);
    System.exit(code);
  }

  /** Runs one invocation; returns the exit status. */
  int run(String[] args, Map<String, String> env) {
    boolean debug = false;
    try {
      ParsedClientArgs parsed = ClientOptions.fromArgs(args, env);
      List<String> words = new ArrayList<>();
      Map<String, Object> extra = new LinkedHashMap<>();
      List<String> rest = parsed.remaining();
      for (int i = 0; i < rest.size(); i++) {
        String a = rest.get(i);
        switch (a) {
          case "--debug" -> debug = true;
          case "-s", "--status" -> words.add("status");
          case "-h", "--help" -> {
            out.println(usage());
            return 0;
          }
          case "-f", "--format" -> {
            if (i + 1 >= rest.size()) {
              return fail("-f needs a format: " + String.join("|", FORMATS), 22);
            }
            extra.put("format", format(rest.get(++i)));
          }
          default -> {
            if (a.startsWith("--format=")) {
              extra.put("format", format(a.substring("--format=".length())));
            } else {
              words.add(a);
            }
          }
        }
      }
      if (words.isEmpty()) {
        return fail("no command given; try `jceph status` or `jceph --help`", 22);
      }
      try (RadosClient client = RadosClient.create(parsed.options())) {
        client.connect();
        return runCommand(client, words, extra);
      }
    } catch (RadosException e) {
      if (debug) {
        e.printStackTrace(err);
      }
      int errno = e.errno() == 0 ? 1 : e.errno();
      err.println("[errno " + errno + "] " + e.getMessage());
      return errno;
    } catch (IllegalArgumentException e) {
      if (debug) {
        e.printStackTrace(err);
      }
      return fail(e.getMessage(), 22);
    }
  }

  private int runCommand(RadosClient client, List<String> words, Map<String, Object> extra) {
    MonCommandResult descs = client.monCommand("{\"prefix\": \"get_command_descriptions\"}");
    descs.orThrow("get_command_descriptions");
    MatchedCommand matched;
    try {
      matched = new CommandMatcher(CommandDescriptions.parse(descs.output())).match(words, extra);
    } catch (CommandMatchException e) {
      err.println(e.getMessage());
      return e.exitCode();
    }
    if (matched.target() == CommandTarget.MGR) {
      return fail(
          "'"
              + String.join(" ", words)
              + "' is a mgr command; jrados has no mgr session yet, so only mon commands work",
          Errno.EOPNOTSUPP.code());
    }
    MonCommandResult r = client.monCommand(matched.command().toString());
    Object format = extra.get("format");
    if (format != null && format.toString().startsWith("json")) {
      // The ceph tool prints a blank line before JSON (old consumers skip a first status line).
      out.println();
    }
    out.write(r.output(), 0, r.output().length);
    out.flush();
    if (r.returnCode() < 0) {
      err.println("Error " + Errno.nameOf(r.returnCode()) + ": " + r.status());
      return -r.returnCode();
    }
    if (!r.status().isEmpty()) {
      err.println(r.status());
    }
    return 0;
  }

  private static String format(String f) {
    if (!FORMATS.contains(f)) {
      throw new IllegalArgumentException(
          "unknown format '" + f + "'; one of " + String.join(", ", FORMATS));
    }
    return f;
  }

  private int fail(String message, int code) {
    err.println("jceph: " + message);
    return code;
  }

  private static String usage() {
    return String.join(
        "\n",
        "usage: jceph [-c CONF] [-k KEYRING] [-n NAME | --id ID] [-m MONHOST] [--key KEY]",
        "             [-f json|json-pretty|plain] [--connect-timeout SECONDS] [--debug] WORDS...",
        "",
        "Runs a mon command by its words, as `ceph` does: `jceph status`, `jceph osd tree -f json`,",
        "`jceph osd pool create NAME 32`. The words are matched against the commands the mon",
        "publishes. Environment: CEPH_CONF, CEPH_ARGS, CEPH_KEYRING.");
  }
}
