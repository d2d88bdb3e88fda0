package io.jrados.client.cli;

/**
 * A number as the rados tool (16.2) reads its size and count options ({@code -b}, {@code -t},
 * {@code -S}, {@code --offset}): Ceph's {@code strict_iecstrtoll}, into an unsigned 64-bit value.
 * Digits (and signs) first, then an optional unit of at most two characters whose first one is
 * {@code B} or a binary prefix, {@code K M G T P E}: {@code 4K}, {@code 4KB} and {@code 4Ki} are
 * all 4096. Only the first character counts, so rados also takes {@code 4Kx} as 4096, and refuses
 * {@code 4KiB} (three characters) and {@code 4k} (lower case); jrados reads every value as rados
 * does, and refuses with rados' words, so a script sees the same from both tools. (Ceph's main
 * branch checks the unit more strictly and words its errors differently; the 16.2.15 tool is the
 * one the tests hold jrados to.)
 */
final class IecSize {
  private IecSize() {}

  /** A value {@code strict_iecstrtoll} refuses; the message is its error text. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /**
   * The value of {@code text}, as an unsigned 64-bit number held in a long (as rados holds it in a
   * uint64_t; callers bound it to their own range).
   *
   * @throws Invalid with {@code strict_iecstrtoll}'s message for text it refuses
   */
  static long parse(String text) throws Invalid {
    if (text.isEmpty()) {
      throw new Invalid("strict_iecstrtoll: value not specified");
    }
    int u = 0;
    while (u < text.length() && "0123456789-+".indexOf(text.charAt(u)) >= 0) {
      u++;
    }
    String number = text.substring(0, u);
    int shift = 0;
    if (u < text.length()) {
      String unit = text.substring(u);
      // The checks run in this order in rados: "4Bxi" is the "Bi" error, "4xBi" the length one.
      if (unit.startsWith("B") && unit.endsWith("i")) {
        throw new Invalid("strict_iecstrtoll: illegal prefix \"Bi\"");
      }
      if (unit.length() > 2) {
        throw new Invalid("strict_iecstrtoll: illegal prefix (length > 2)");
      }
      shift = shiftOf(unit.charAt(0));
      if (shift < 0) {
        throw new Invalid("strict_iecstrtoll: unit prefix not recognized");
      }
    }
    long n = integer(number);
    if (n < 0) {
      throw new Invalid("strict_iecstrtoll: value should not be negative");
    }
    // n is not negative here; -1L >>> shift is the largest unsigned 64-bit value shifted down.
    if (Long.compareUnsigned(n, -1L >>> shift) > 0) {
      throw new Invalid("strict_iecstrtoll: value seems to be too large");
    }
    return n << shift;
  }

  /** The power of two a unit letter stands for; 0 for B; -1 for a letter that is no unit. */
  private static int shiftOf(char unit) {
    return switch (unit) {
      case 'B' -> 0;
      case 'K' -> 10;
      case 'M' -> 20;
      case 'G' -> 30;
      case 'T' -> 40;
      case 'P' -> 50;
      case 'E' -> 60;
      default -> -1;
    };
  }

  /**
   * The digits before the unit, as {@code strict_strtoll} reads them: base 10, one optional sign,
   * nothing else, within the range of a signed 64-bit number.
   */
  private static long integer(String digits) throws Invalid {
    int start = digits.startsWith("-") || digits.startsWith("+") ? 1 : 0;
    boolean wellFormed = digits.length() > start;
    for (int i = start; i < digits.length() && wellFormed; i++) {
      wellFormed = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    if (!wellFormed) {
      throw new Invalid("Expected option value to be integer, got '" + digits + "'");
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new Invalid("The option value '" + digits + "' seems to be invalid");
    }
  }
}
