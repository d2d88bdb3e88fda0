package io.jrados.client.internal.command;

import java.util.List;

/**
 * {@code CephChoices}: one of fixed strings. A partial check accepts the beginning of any choice,
 * which is how a half-typed word still ranks the command it would complete.
 */
record ChoicesArg(List<String> strings) implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    boolean ok =
        partial ? strings.stream().anyMatch(s -> s.startsWith(word)) : strings.contains(word);
    if (!ok) {
      throw new ArgumentException(ArgumentException.Kind.VALID, word + " not in " + describe());
    }
    return word;
  }

  @Override
  public String describe() {
    return String.join("|", strings);
  }
}
