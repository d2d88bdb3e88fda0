package io.jrados.client.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rados tool's own options, read the way it reads them: anywhere on the line, before or after
 * the command words, as {@code -p POOL}, {@code --pool POOL} or {@code --pool=POOL}, with dashes
 * and underscores alike in long names. What is not an option is a command word. The client's
 * options (conf, keyring, name, mon host) were already taken out by {@code ClientOptions.fromArgs}.
 */
record RadosArgs(
    String pool,
    String namespace,
    boolean allNamespaces,
    String objectLocator,
    String snap,
    Long snapId,
    String format,
    int opSize,
    boolean opSizeGiven,
    int concurrency,
    int maxObjects,
    long offset,
    boolean offsetGiven,
    boolean noCleanup,
    boolean noVerify,
    boolean noHints,
    boolean showTime,
    String runName,
    boolean debug,
    boolean help,
    List<String> words) {

  /** rados's default op size for put/get and bench: 4 MiB. */
  static final int DEFAULT_OP_SIZE = 4 << 20;

  /** Options that take a value, by every name they go by, mapped to one key. */
  private static final Map<String, String> WITH_VALUE =
      Map.ofEntries(
          Map.entry("-p", "pool"),
          Map.entry("--pool", "pool"),
          Map.entry("-N", "namespace"),
          Map.entry("--namespace", "namespace"),
          Map.entry("--object-locator", "locator"),
          Map.entry("-s", "snap"),
          Map.entry("--snap", "snap"),
          Map.entry("-S", "snapid"),
          Map.entry("--snapid", "snapid"),
          Map.entry("-f", "format"),
          Map.entry("--format", "format"),
          Map.entry("-b", "block-size"),
          Map.entry("--block-size", "block-size"),
          Map.entry("-t", "concurrent-ios"),
          Map.entry("--concurrent-ios", "concurrent-ios"),
          Map.entry("--max-objects", "max-objects"),
          Map.entry("--offset", "offset"),
          Map.entry("--run-name", "run-name"));

  private static final Set<String> FLAGS =
      Set.of(
          "--all",
          "--default",
          "--no-cleanup",
          "--no-verify",
          "--no-hints",
          "--show-time",
          "--debug",
          "-h",
          "--help");

  /**
   * Parses the arguments left after the client's options.
   *
   * @throws UsageException for an unknown option, a missing value, or a command word after an
   *     option value that starts with a dash
   * @throws InvalidValueException for a number rados would refuse
   */
  static RadosArgs parse(List<String> args) {
    String pool = null;
    String namespace = null;
    boolean all = false;
    boolean defaultNs = false;
    String locator = null;
    String snap = null;
    Long snapId = null;
    String format = null;
    int opSize = DEFAULT_OP_SIZE;
    boolean opSizeGiven = false;
    int concurrency = 16;
    int maxObjects = 0;
    long offset = 0;
    boolean offsetGiven = false;
    boolean noCleanup = false;
    boolean noVerify = false;
    boolean noHints = false;
    boolean showTime = false;
    String runName = null;
    boolean debug = false;
    boolean help = false;
    List<String> words = new ArrayList<>();
    Map<String, String> numbers = new HashMap<>();
    boolean afterDashDash = false;
    // The value the last option took. rados keeps it too, and on reaching a command word it prints
    // its usage if that value starts with a dash: "-t -5 bench 5 write" is a usage error, while
    // "bench 5 write -t -5", with no word after the value, reads -5 and refuses it as a number.
    String lastValue = "";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (afterDashDash || arg.equals("-") || !arg.startsWith("-")) {
        if (!afterDashDash && lastValue.startsWith("-")) {
          throw new UsageException(
              "a value that starts with a dash ('" + lastValue + "') comes before '" + arg + "'");
        }
        words.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        afterDashDash = true;
        continue;
      }
      String name = fold(arg);
      String value = null;
      int eq = name.indexOf('=');
      if (name.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (FLAGS.contains(name) && value == null) {
        switch (name) {
          case "--all" -> all = true;
          case "--default" -> defaultNs = true;
          case "--no-cleanup" -> noCleanup = true;
          case "--no-verify" -> noVerify = true;
          case "--no-hints" -> noHints = true;
          case "--show-time" -> showTime = true;
          case "--debug" -> debug = true;
          default -> help = true;
        }
        continue;
      }
      String key = WITH_VALUE.get(name);
      if (key == null) {
        throw new UsageException("unsupported option '" + arg + "'");
      }
      if (value == null) {
        if (i + 1 >= args.size()) {
          throw new UsageException("option " + arg + " needs a value");
        }
        value = args.get(++i);
      }
      lastValue = value;
      switch (key) {
        case "pool" -> pool = value;
        case "namespace" -> namespace = value;
        case "locator" -> locator = value;
        case "snap" -> snap = value;
        case "format" -> format = value;
        case "run-name" -> runName = value;
        // Numbers are read once every option is in, as rados reads them (see below).
        default -> numbers.put(key, value);
      }
    }
    // rados reads its numbers after its option loop, the last value of each, in this order, and
    // stops at the first it refuses. Each is read as a size, units and all (-S 1K is snapshot
    // 1024). With --help, or with no command word, it has stopped before: none is read.
    if (help || words.isEmpty()) {
      numbers.clear();
    }
    String text = numbers.get("concurrent-ios");
    if (text != null) {
      concurrency = (int) size("concurrent-ios", text, Integer.MAX_VALUE);
    }
    text = numbers.get("block-size");
    if (text != null) {
      opSize = (int) size("block-size", text, Integer.MAX_VALUE);
      opSizeGiven = true;
    }
    text = numbers.get("max-objects");
    if (text != null) {
      maxObjects = (int) size("max-objects", text, Integer.MAX_VALUE);
    }
    text = numbers.get("offset");
    if (text != null) {
      offset = size("offset", text, Long.MAX_VALUE);
      offsetGiven = true;
    }
    text = numbers.get("snapid");
    if (text != null) {
      snapId = size("snapid", text, Long.MAX_VALUE);
    }
    // rados: --default wins over an --all that came from CEPH_ARGS.
    boolean allNamespaces = all && !defaultNs && namespace == null;
    return new RadosArgs(
        pool,
        namespace,
        allNamespaces,
        locator,
        snap,
        snapId,
        format,
        opSize,
        opSizeGiven,
        concurrency,
        maxObjects,
        offset,
        offsetGiven,
        noCleanup,
        noVerify,
        noHints,
        showTime,
        runName,
        debug,
        help,
        List.copyOf(words));
  }

  /** Long option names with underscores read as dashes, as Ceph's argument parser does. */
  private static String fold(String arg) {
    if (!arg.startsWith("--")) {
      return arg;
    }
    int eq = arg.indexOf('=');
    String name = eq < 0 ? arg : arg.substring(0, eq);
    return name.replace('_', '-') + (eq < 0 ? "" : arg.substring(eq));
  }

  /**
   * A size or count as rados reads it ({@link IecSize}), bounded by {@code max}, which rados does
   * not check: it would truncate the value into its own variable's type.
   *
   * @throws InvalidValueException with rados' words for a value it refuses (a negative one among
   *     them), and ours for one past {@code max}
   */
  static long size(String option, String text, long max) {
    long n;
    try {
      n = IecSize.parse(text);
    } catch (IecSize.Invalid e) {
      throw new InvalidValueException("Invalid value for " + option + ": " + e.getMessage());
    }
    if (Long.compareUnsigned(n, max) > 0) {
      throw new InvalidValueException(
          "Invalid value for " + option + ": '" + text + "' is too large (at most " + max + ")");
    }
    return n;
  }

  /**
   * An option value that is not a number rados accepts: rados prints only this line and exits with
   * status 234 (its -EINVAL), without the usage.
   */
  static final class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** rados' exit status: main() returns -EINVAL, which the shell sees as 256 - 22. */
    static final int EXIT_STATUS = 234;

    InvalidValueException(String message) {
      super(message);
    }
  }

  /** A command line jrados cannot run: printed with the usage, exit status 1 as rados. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
