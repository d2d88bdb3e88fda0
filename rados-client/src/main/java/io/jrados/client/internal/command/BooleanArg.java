package io.jrados.client.internal.command;

import java.util.Locale;

/** {@code CephBool}: true/false/1/0 in any case; {@code --name} alone means true. */
record BooleanArg() implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("1")) {
      return Boolean.TRUE;
    }
    if (lower.equals("false") || lower.equals("0")) {
      return Boolean.FALSE;
    }
    throw new ArgumentException(ArgumentException.Kind.VALID, word + " not one of 'true', 'false'");
  }

  @Override
  public String describe() {
    return "<bool>";
  }
}
