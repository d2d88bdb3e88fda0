package io.jrados.client.internal.command;

/**
 * Types the tool takes as they come, only named differently in messages: {@code CephPoolname} and
 * {@code CephObjectname}.
 */
record FreeTextArg(String describe) implements ArgType {
  @Override
  public Object check(String word, boolean partial) {
    return word;
  }
}
