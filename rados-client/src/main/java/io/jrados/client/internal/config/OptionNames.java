package io.jrados.client.internal.config;

/**
 * How Ceph spells option names in its two inputs, which do not agree:
 *
 * <ul>
 *   <li>In a conf file, and for {@code ceph-conf --lookup}, leading and trailing whitespace is
 *       dropped and each inner run of whitespace becomes one underscore: {@code log file} is {@code
 *       log_file}. Dashes are NOT folded there: {@code mon-host = x} sets an option nobody reads
 *       (checked against {@code ceph-conf} 16.2.15). Names are case-sensitive.
 *   <li>On the command line and in {@code CEPH_ARGS}, dashes after the leading {@code --} become
 *       underscores, up to an {@code =}: {@code --mon-host=a-b} is {@code --mon_host=a-b}.
 * </ul>
 */
public final class OptionNames {
  private OptionNames() {}

  /** A conf-file option name in Ceph's normal form. */
  public static String normalizeConfKey(String key) {
    StringBuilder out = new StringBuilder(key.length());
    boolean pendingSpace = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (isCephSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append('_');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A command-line argument with its option name's dashes folded to underscores: everything from
   * the third character up to the first {@code =}; the leading two characters and the value are
   * kept as they are.
   */
  public static String foldArgumentDashes(String arg) {
    if (arg.length() <= 2) {
      return arg;
    }
    StringBuilder out = new StringBuilder(arg.length()).append(arg, 0, 2);
    for (int i = 2; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (c == '=') {
        out.append(arg, i, arg.length());
        break;
      }
      out.append(c == '-' ? '_' : c);
    }
    return out.toString();
  }

  /** C's {@code isspace} in the "C" locale, which is what Ceph trims and splits on. */
  static boolean isCephSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
  }
}
