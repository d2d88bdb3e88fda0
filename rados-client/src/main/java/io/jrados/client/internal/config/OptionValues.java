package io.jrados.client.internal.config;

import io.jrados.client.api.ClientConfigException;
import io.jrados.client.api.ConnectionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts option text to typed values the way Ceph's option types do. Errors name the option and
 * where its value came from; callers never pass the {@code key} option here.
 */
public final class OptionValues {
  /** One "number unit" term of a Ceph time span, such as {@code 5m} or {@code 1 hour}. */
  private static final Pattern SPAN_TERM = Pattern.compile("\\s*([0-9]+)\\s*([a-z]*)\\s*");

  private OptionValues() {}

  /**
   * An option's name, its text, and where the text came from (a file and section, the command line,
   * the environment, or the default).
   */
  public record Named(String option, String value, String from) {}

  public static Duration seconds(Named n) {
    return seconds(n.option(), n.value(), n.from());
  }

  public static Duration fractionalSeconds(Named n) {
    return fractionalSeconds(n.option(), n.value(), n.from());
  }

  public static int positiveInt(Named n) {
    return positiveInt(n.option(), n.value(), n.from());
  }

  public static List<ConnectionMode> modes(Named n) {
    return modes(n.option(), n.value(), n.from());
  }

  /**
   * A Ceph {@code secs} option: whole seconds, or a sum of terms like {@code 1h 30m} with the units
   * s, m, h, d and w in their long forms too. Decimals and negatives are refused, as in Ceph.
   */
  public static Duration seconds(String option, String value, String from) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    Matcher m = SPAN_TERM.matcher(text);
    long total = 0;
    int at = 0;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        throw bad(option, value, from, "expected seconds or a span like 5m or 1h 30m");
      }
      long unit = unitSeconds(m.group(2));
      if (unit < 0) {
        throw bad(option, value, from, "unknown time unit '" + m.group(2) + "'");
      }
      try {
        total = Math.addExact(total, Math.multiplyExact(Long.parseLong(m.group(1)), unit));
      } catch (ArithmeticException | NumberFormatException e) {
        throw bad(option, value, from, "too large");
      }
      at = m.end();
    }
    if (text.isEmpty()) {
      throw bad(option, value, from, "expected seconds");
    }
    return Duration.ofSeconds(total);
  }

  private static long unitSeconds(String unit) {
    return switch (unit) {
      case "", "s", "sec", "secs", "second", "seconds" -> 1;
      case "m", "min", "mins", "minute", "minutes" -> 60;
      case "h", "hr", "hrs", "hour", "hours" -> 3600;
      case "d", "day", "days" -> 86400;
      case "w", "wk", "wks", "week", "weeks" -> 7 * 86400;
      default -> -1;
    };
  }

  /** A Ceph {@code float} option of seconds, such as {@code mon_client_hunt_interval}. */
  public static Duration fractionalSeconds(String option, String value, String from) {
    double seconds;
    try {
      seconds = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw bad(option, value, from, "expected a number of seconds");
    }
    if (!(seconds >= 0) || seconds > Long.MAX_VALUE / 1e9) {
      throw bad(option, value, from, "expected a non-negative number of seconds");
    }
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  /** A Ceph {@code int} option that must be positive. */
  public static int positiveInt(String option, String value, String from) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw bad(option, value, from, "expected a positive integer");
  }

  /**
   * A mode list such as {@code secure crc}: words split on commas, semicolons, equals signs and
   * whitespace, as Ceph's {@code get_str_list}. Ceph warns about an unknown word and skips it; a
   * client that silently drops a mode the user asked for is worse than one that says so.
   */
  public static List<ConnectionMode> modes(String option, String value, String from) {
    List<ConnectionMode> modes = new ArrayList<>();
    for (String word : splitList(value)) {
      ConnectionMode mode =
          switch (word) {
            case "crc" -> ConnectionMode.CRC;
            case "secure" -> ConnectionMode.SECURE;
            default -> throw bad(option, value, from, "unknown mode '" + word + "'");
          };
      if (!modes.contains(mode)) {
        modes.add(mode);
      }
    }
    if (modes.isEmpty()) {
      throw bad(option, value, from, "no connection modes");
    }
    return List.copyOf(modes);
  }

  /** Ceph's {@code get_str_list}: split on {@code ; , = space tab}, dropping empty words. */
  public static List<String> splitList(String value) {
    List<String> words = new ArrayList<>();
    for (String word : value.split("[;,= \t]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static ClientConfigException bad(String option, String value, String from, String why) {
    return new ClientConfigException(from + ": option " + option + " = '" + value + "': " + why);
  }
}
