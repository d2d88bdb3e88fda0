package io.jrados.client.api;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
    return parts.stream().map(Supplier::get).collect(Collectors.joining(", "));
  }
}
