package io.jrados.client.internal.command;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code CephString}: any string whose characters all belong to the allowed set. The set is the
 * ASCII printable characters that the {@code goodchars} character class matches; with no class
 * every printable character is allowed, so a non-ASCII character is refused either way, as the
 * {@code ceph} tool refuses it.
 */
record StringArg(String goodchars, Set<Character> allowed) implements ArgType {
  private static final String PRINTABLE =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
          + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\u000b\u000c";

  static StringArg withGoodchars(String goodchars) {
    Pattern pattern = Pattern.compile(goodchars);
    Set<Character> allowed = new LinkedHashSet<>();
    for (char c : PRINTABLE.toCharArray()) {
      if (pattern.matcher(String.valueOf(c)).lookingAt()) {
        allowed.add(c);
      }
    }
    return new StringArg(goodchars, Set.copyOf(allowed));
  }

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    if (allowed.isEmpty()) {
      return word;
    }
    StringBuilder bad = new StringBuilder();
    Set<Integer> seen = new LinkedHashSet<>();
    word.codePoints()
        .filter(cp -> cp > Character.MAX_VALUE || !allowed.contains((char) cp))
        .filter(seen::add)
        .forEach(bad::appendCodePoint);
    if (bad.length() > 0) {
      throw new ArgumentException(
          ArgumentException.Kind.FORMAT, "invalid chars " + bad + " in " + word);
    }
    return word;
  }

  @Override
  public String describe() {
    return goodchars.isEmpty() ? "<string>" : "<string(goodchars " + goodchars + ")>";
  }
}
