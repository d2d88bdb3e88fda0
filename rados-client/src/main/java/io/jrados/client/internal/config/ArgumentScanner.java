package io.jrados.client.internal.config;

import io.jrados.client.api.ClientConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the configuration out of one source of arguments (the command line, or {@code CEPH_ARGS}),
 * as {@code ceph_argparse_early_args} and {@code md_config_t::parse_argv} do: option names match
 * with dashes and underscores alike, a value follows as the next argument or after {@code =}, and
 * scanning stops at {@code --}. What is not configuration is kept, in order, for the program.
 */
final class ArgumentScanner {
  /** An argument that selects the conf file, cluster or entity, which must be known first. */
  record EarlyArg(Kind kind, String value) {
    enum Kind {
      CONF,
      CLUSTER,
      ID,
      NAME
    }
  }

  private final String sourceName;
  private final List<String> args;
  private final boolean commandLine;
  private final List<EarlyArg> early = new ArrayList<>();
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> leftover = new ArrayList<>();
  private final List<String> afterDashDash = new ArrayList<>();
  private boolean sawDashDash;
  private int i;

  /**
   * @param sourceName how errors name this source: "command line" or "CEPH_ARGS"
   * @param commandLine whether {@code --connect-timeout}, a CLI argument rather than a Ceph option,
   *     is accepted here
   */
  ArgumentScanner(String sourceName, List<String> args, boolean commandLine) {
    this.sourceName = sourceName;
    this.args = List.copyOf(args);
    this.commandLine = commandLine;
    scan();
  }

  List<EarlyArg> early() {
    return early;
  }

  /** The options set, by normalised name; a later argument replaced an earlier one. */
  Map<String, String> options() {
    return options;
  }

  List<String> leftover() {
    return leftover;
  }

  boolean sawDashDash() {
    return sawDashDash;
  }

  List<String> afterDashDash() {
    return afterDashDash;
  }

  private void scan() {
    while (i < args.size()) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        sawDashDash = true;
        afterDashDash.addAll(args.subList(i + 1, args.size()));
        return;
      }
      if (!scanOne(arg)) {
        leftover.add(arg);
        i++;
      }
    }
  }

  /** Consumes the argument at i (and its value) if it is configuration. */
  private boolean scanOne(String arg) {
    String value;
    if ((value = withArg(arg, "--conf", "-c")) != null) {
      early.add(new EarlyArg(EarlyArg.Kind.CONF, value));
    } else if ((value = withArg(arg, "--cluster")) != null) {
      early.add(new EarlyArg(EarlyArg.Kind.CLUSTER, value));
    } else if ((value = withArg(arg, "--id", "--user")) != null) {
      early.add(new EarlyArg(EarlyArg.Kind.ID, value));
    } else if ((value = withArg(arg, "--name", "-n")) != null) {
      early.add(new EarlyArg(EarlyArg.Kind.NAME, value));
    } else if ((value = withArg(arg, "-m")) != null) {
      options.put("mon_host", value);
    } else if ((value = withArg(arg, "--keyring", "-k")) != null) {
      options.put("keyring", value);
    } else if ((value = withArg(arg, "--keyfile", "-K")) != null) {
      options.put("keyfile", value);
    } else if (commandLine && (value = withArg(arg, "--connect-timeout")) != null) {
      options.put("client_mount_timeout", value);
    } else {
      return scanKnownOption(arg);
    }
    return true;
  }

  /**
   * {@code --name value}, {@code --name=value}, or for booleans {@code --name}/{@code --no-name}.
   */
  private boolean scanKnownOption(String arg) {
    if (!arg.startsWith("--") || arg.length() == 2) {
      return false;
    }
    String folded = OptionNames.foldArgumentDashes(arg);
    int eq = folded.indexOf('=');
    String name = folded.substring(2, eq < 0 ? folded.length() : eq);
    if (KnownOptions.isBoolean(name)) {
      String value = eq < 0 ? "true" : folded.substring(eq + 1);
      if (!value.matches("true|false|1|0")) {
        throw new ClientConfigException(
            sourceName + ": option --" + name + " expects true or false, got '" + value + "'");
      }
      options.put(name, String.valueOf(value.equals("true") || value.equals("1")));
      i++;
      return true;
    }
    if (eq < 0 && name.startsWith("no_") && KnownOptions.isBoolean(name.substring(3))) {
      options.put(name.substring(3), "false");
      i++;
      return true;
    }
    if (!KnownOptions.isKnown(name)) {
      return false;
    }
    options.put(name, withArg(arg, "--" + name));
    return true;
  }

  /**
   * If the argument at i is one of the given options, consumes it and its value and returns the
   * value; otherwise returns null and consumes nothing.
   */
  private String withArg(String arg, String... names) {
    String folded = OptionNames.foldArgumentDashes(arg);
    for (String name : names) {
      String foldedName = OptionNames.foldArgumentDashes(name);
      if (folded.startsWith(foldedName + "=")) {
        i++;
        return folded.substring(foldedName.length() + 1);
      }
      if (folded.equals(foldedName)) {
        if (i + 1 >= args.size()) {
          throw new ClientConfigException(sourceName + ": option " + arg + " requires a value");
        }
        i += 2;
        return args.get(i - 1);
      }
    }
    return null;
  }
}
