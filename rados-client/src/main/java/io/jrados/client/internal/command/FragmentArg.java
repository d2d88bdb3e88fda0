package io.jrados.client.internal.command;

/**
 * {@code CephFragment}: {@code 0xvalue/bits}. The tool demands the {@code 0x} prefix and then
 * parses the value as a decimal integer, so in practice it refuses every word; that is kept, since
 * the aim is to refuse and accept exactly what the tool does.
 */
record FragmentArg() implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    int slash = word.indexOf('/');
    if (slash < 0) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, word + ": no /");
    }
    String value = word.substring(0, slash);
    if (word.indexOf('/', slash + 1) >= 0) {
      throw new ArgumentException(
          ArgumentException.Kind.FORMAT, "too many values to unpack (expected 2)");
    }
    if (!value.startsWith("0x")) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, value + " not a hex integer");
    }
    // The value now starts with "0x", which a decimal parse never accepts.
    throw new ArgumentException(
        ArgumentException.Kind.FORMAT, "can't convert " + value + " to integer");
  }

  @Override
  public String describe() {
    return "<CephFS fragment ID (0xvvv/bbb)>";
  }
}
