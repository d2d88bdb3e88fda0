package io.jrados.client.internal.command;

import java.util.Map;

/**
 * One element of a command signature: a fixed word, or a named, typed argument.
 *
 * @param name the JSON key the value is stored under ({@code prefix} for fixed words)
 * @param typeName the description's type name, e.g. {@code CephInt}
 * @param type how words are checked and converted
 * @param required whether the command needs it
 * @param repeated {@code n=N}: one or more values, sent as a JSON array
 * @param count how many values a non-repeated argument takes (always 1 in practice)
 * @param params the type-specific settings as published ({@code range}, {@code strings}, {@code
 *     goodchars}...)
 */
public record ArgDescriptor(
    String name,
    String typeName,
    ArgType type,
    boolean required,
    boolean repeated,
    int count,
    Map<String, String> params) {

  /** True for a fixed command word. */
  public boolean isPrefix() {
    return type instanceof PrefixArg;
  }

  /**
   * How the tool names this argument in error messages, e.g. {@code pool(<poolname>)} or {@code
   * [pg_num(<int[0-]>)]}.
   */
  @Override
  public String toString() {
    String s;
    if (isPrefix() || (type instanceof ChoicesArg c && c.strings().size() == 1)) {
      s = type.describe();
    } else {
      s = name + "(" + type.describe() + ")" + (repeated ? "..." : "");
    }
    return required ? s : "[" + s + "]";
  }

  /**
   * How the tool shows this argument in a usage line, e.g. {@code <pool>}, {@code <pg_num:int>},
   * {@code size|min_size} or {@code [--yes-i-really-mean-it]}.
   */
  public String usage() {
    String chunk;
    if (type instanceof BooleanArg) {
      chunk = "--" + name.replace('_', '-');
    } else if (type instanceof PrefixArg || type instanceof ChoicesArg) {
      chunk =
          "format".equals(name) && !isPrefix()
              ? "--format {" + type.describe() + "}"
              : type.describe();
    } else if (type instanceof OsdNameArg) {
      chunk = "<id|osd.id>";
    } else if (type instanceof EntityNameArg) {
      chunk = "<type.id>";
    } else if (type instanceof IntegerArg) {
      chunk = "<" + name + ":int>";
    } else if (type instanceof FloatArg) {
      chunk = "<" + name + ":float>";
    } else {
      chunk = "<" + name + ">";
    }
    chunk += repeated ? "..." : "";
    return required ? chunk : "[" + chunk + "]";
  }
}
