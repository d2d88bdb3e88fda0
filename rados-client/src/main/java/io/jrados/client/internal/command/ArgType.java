package io.jrados.client.internal.command;

/**
 * One argument type of the command descriptions ({@code CephInt}, {@code CephChoices}, ...): how a
 * word is checked and turned into the value the JSON command carries.
 */
public interface ArgType {
  /**
   * Checks one word.
   *
   * @param partial accept a word that only begins a fixed string; used to rank half-typed commands
   * @return the value for the JSON command: String, Long or BigInteger, Double, Boolean
   * @throws ArgumentException when the word does not fit
   */
  Object check(String word, boolean partial) throws ArgumentException;

  /** The type as the tool prints it inside error messages, e.g. {@code <int[0-]>}. */
  String describe();
}
