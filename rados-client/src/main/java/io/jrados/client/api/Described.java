package io.jrados.client.api;

import java.util.List;
import java.util.function.Supplier;

/**
 * A compound operation's description ("set-alloc-hint ..., write 4096 bytes at 0"), joined from its
 * ops' own only when a message needs it. The list is the operation's, which no longer changes once
 * its ops are taken.
 */
final class Described implements Supplier<String> {
  private final List<Supplier<String>> parts;

  Described(List<Supplier<String>> parts) {
    this.parts = parts;
  }

  @Override
  public String get() {
    return join(parts);
  }

  static String join(List<Supplier<String>> parts) {
    if (parts.size() == 1) {
      return parts.get(0).get();
    }
    StringBuilder out = new StringBuilder();
    for (Supplier<String> part : parts) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(part.get());
    }
    return out.toString();
  }
}
