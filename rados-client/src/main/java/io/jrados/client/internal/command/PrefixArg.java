package io.jrados.client.internal.command;

/**
 * A fixed command word such as {@code osd} or {@code pool}. Its mismatch is the mild kind: the
 * words probably belong to another command.
 */
record PrefixArg(String prefix) implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    if (partial ? prefix.startsWith(word) : prefix.equals(word)) {
      return word;
    }
    throw new ArgumentException(ArgumentException.Kind.PREFIX, "no match for " + word);
  }

  @Override
  public String describe() {
    return prefix;
  }
}
