package io.jrados.client.internal.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Expands Ceph's metavariables in option values, as {@code md_config_t::_expand_meta} in {@code
 * src/common/config.cc} does:
 *
 * <ul>
 *   <li>{@code $cluster}, {@code $name} ({@code client.admin}), {@code $type} ({@code client}),
 *       {@code $id} and {@code $num} ({@code admin}), {@code $host} (the {@code host} option, else
 *       the short host name), {@code $pid}, {@code $home};
 *   <li>{@code $option} for any other option this client knows, replaced by that option's own
 *       (recursively expanded) value; a reference loop yields {@code $option};
 *   <li>anything else, including {@code $data_dir} (empty for clients), is left as written.
 * </ul>
 *
 * A name is {@code [a-z_]+}, written {@code $name} or {@code ${name}}. A {@code $} with no name
 * after it stays a {@code $}.
 */
public final class MetaVariables {
  private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz_";

  private final String cluster;
  private final String entityName;
  private final Supplier<String> shortHostName;
  private final long pid;
  private final String home;
  private final Function<String, Optional<String>> optionValues;

  /**
   * @param cluster the cluster name
   * @param entityName the entity, {@code TYPE.ID}
   * @param shortHostName the host name up to its first dot, asked for only when needed
   * @param pid the value of {@code $pid}
   * @param home the value of {@code $home}; empty when {@code HOME} is not set
   * @param optionValues the raw value of an option this client knows, by normalised name; empty for
   *     options it does not know, which then stay unexpanded
   */
  public MetaVariables(
      String cluster,
      String entityName,
      Supplier<String> shortHostName,
      long pid,
      String home,
      Function<String, Optional<String>> optionValues) {
    this.cluster = cluster;
    this.entityName = entityName;
    this.shortHostName = shortHostName;
    this.pid = pid;
    this.home = home;
    this.optionValues = optionValues;
  }

  /** Expands a value that is not itself the value of a known option. */
  public String expand(String raw) {
    return expand(raw, new ArrayDeque<>());
  }

  private String expand(String in, Deque<String> stack) {
    int dollar = in.indexOf('$');
    if (dollar < 0) {
      return in;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (dollar >= 0) {
      out.append(in, last, dollar);
      String var = "";
      int end;
      if (dollar + 1 < in.length() && in.charAt(dollar + 1) == '{') {
        end = firstNonNameChar(in, dollar + 2);
        if (end < in.length() && in.charAt(end) == '}') {
          var = in.substring(dollar + 2, end);
          end++;
        }
      } else {
        end = firstNonNameChar(in, dollar + 1);
        var = in.substring(dollar + 1, end);
      }
      last = end;
      if (var.isEmpty()) {
        out.append('$');
      } else {
        String loop = substitute(var, in.substring(dollar, end), out, stack);
        if (loop != null) {
          return loop;
        }
      }
      dollar = last < in.length() ? in.indexOf('$', last) : -1;
    }
    if (last < in.length()) {
      out.append(in, last, in.length());
    }
    return out.toString();
  }

  /** Appends the variable's value to out; returns non-null only to end the expansion at a loop. */
  private String substitute(String var, String asWritten, StringBuilder out, Deque<String> stack) {
    switch (var) {
      case "type" -> out.append(type());
      case "cluster" -> out.append(cluster);
      case "name" -> out.append(entityName);
      case "id", "num" -> out.append(id());
      case "pid" -> out.append(pid);
      case "host" -> out.append(host());
      case "home" -> {
        // Ceph 16 assigns $home's value to the whole output instead of appending it, so text
        // before $home is lost ("x/$home/y" is "/root/y"); ceph-conf shows the same.
        out.setLength(0);
        out.append(home);
      }
      default -> {
        Optional<String> raw = optionValues.apply(var);
        if (raw.isEmpty()) {
          out.append(asWritten);
        } else if (stack.contains(var)) {
          return "$" + var;
        } else {
          stack.push(var);
          out.append(expand(raw.get(), stack));
          stack.pop();
        }
      }
    }
    return null;
  }

  private String type() {
    int dot = entityName.indexOf('.');
    return dot < 0 ? entityName : entityName.substring(0, dot);
  }

  private String id() {
    int dot = entityName.indexOf('.');
    return dot < 0 ? "" : entityName.substring(dot + 1);
  }

  private String host() {
    String configured = optionValues.apply("host").orElse("");
    return configured.isEmpty() ? shortHostName.get() : configured;
  }

  /**
   * Where a variable name starting at {@code from} ends. When the name runs to the end of the text
   * in the {@code ${...}} form, Ceph drops the rest of the text; returning the length does the
   * same.
   */
  private static int firstNonNameChar(String s, int from) {
    int i = from;
    while (i < s.length() && NAME_CHARS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
