package io.jrados.client.internal.command;

import java.util.Set;

/**
 * {@code CephName}: {@code type.id} for a daemon or client ({@code osd.3}, {@code mon.a}), or
 * {@code *}, {@code mon}, {@code mgr}. An osd id must be an integer or {@code *}.
 */
record EntityNameArg() implements ArgType {
  private static final Set<String> TYPES = Set.of("osd", "mon", "client", "mds", "mgr");

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    if (word.equals("*") || word.equals("mgr") || word.equals("mon")) {
      return word;
    }
    int dot = word.indexOf('.');
    if (dot < 0) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, "CephName: no . in " + word);
    }
    String type = word.substring(0, dot);
    String id = word.substring(dot + 1);
    if (!TYPES.contains(type)) {
      throw new ArgumentException(ArgumentException.Kind.VALID, "unknown type " + type);
    }
    if (type.equals("osd") && !id.equals("*") && PythonLiterals.parseInt(id, 10) == null) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, "osd id " + id + " not integer");
    }
    return word;
  }

  @Override
  public String describe() {
    return "<name (type.id)>";
  }
}
