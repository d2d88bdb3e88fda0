package io.jrados.client.internal.osd;

import java.util.function.Supplier;

/**
 * An op's description with two numbers in it ("write 4096 bytes at 0"), put together only if a
 * message needs it. The ops a bench or a busy application sends by the thousand a second would
 * otherwise each format text that no one reads: at 4 KiB writes, about 2% of the I/O thread.
 */
public record OpText(String verb, long first, String between, long second)
    implements Supplier<String> {
  /** A fixed description, as a supplier (a class, not a lambda: see Objecter's Start). */
  public static Supplier<String> of(String text) {
    return new Fixed(text);
  }

  private record Fixed(String text) implements Supplier<String> {
    @Override
    public String get() {
      return text;
    }
  }

  @Override
  public String get() {
    return verb + first + between + second;
  }
}
