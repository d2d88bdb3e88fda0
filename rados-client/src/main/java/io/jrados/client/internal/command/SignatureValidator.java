package io.jrados.client.internal.command;

import io.jrados.client.internal.command.ArgumentException.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits words to one signature, by the {@code ceph} tool's rules: positional values in signature
 * order, an optional argument that refuses a word lets the next one try it, {@code --name value},
 * {@code --name=value} and bare {@code --flag} (booleans) anywhere, repeated arguments that soak up
 * every following word that fits (and split comma lists, except for free strings).
 */
final class SignatureValidator {
  // UNIX_LINES: like Python's '.', stop only at '\n'.
  private static final Pattern KWARG_EQUALS = Pattern.compile("--([^=]+)=(.+)", Pattern.UNIX_LINES);
  private static final Pattern KWARG_NAME = Pattern.compile("--([^=]+)");
  // Confirmation flags that older daemons declared as strings, still accepted as plain values.
  private static final List<String> CONFIRMATIONS =
      List.of(
          "--yes-i-really-mean-it",
          "--yes-i-really-really-mean-it",
          "--yes-i-really-really-mean-it-not-faking",
          "--force");

  private SignatureValidator() {}

  /** Per-attempt bookkeeping of one argument: values seen, and values still wanted. */
  private static final class Progress {
    int seen;
    int wanted;

    Progress(ArgDescriptor arg) {
      wanted = arg.count();
    }
  }

  /**
   * How many required elements the words satisfy, reading left to right until one refuses; used to
   * rank candidates. {@code partial} lets the last word be the beginning of a fixed string.
   */
  static int countMatched(List<String> words, CommandSignature signature, boolean partial) {
    Deque<String> rest = new ArrayDeque<>(words);
    int matched = 0;
    for (ArgDescriptor arg : signature.args()) {
      Progress progress = new Progress(arg);
      while (progress.seen < progress.wanted) {
        if (rest.isEmpty()) {
          return matched;
        }
        String word = rest.removeFirst();
        try {
          checkWord(word, arg, progress, false, partial && rest.isEmpty());
        } catch (ArgumentException e) {
          if (arg.required()) {
            return matched;
          }
          rest.addFirst(word);
          break;
        }
      }
      if (arg.required()) {
        matched++;
      }
    }
    return matched;
  }

  /**
   * Fits the words to the signature.
   *
   * @param warnings receives the tool's "x not valid: why" line printed before an "unused
   *     arguments" refusal
   * @return the JSON fields by name, in the order the tool builds them
   * @throws ArgumentException when the words do not fit
   */
  static Map<String, Object> validate(
      List<String> words, CommandSignature signature, Consumer<String> warnings)
      throws ArgumentException {
    Deque<String> rest = new ArrayDeque<>(words);
    Map<String, Object> fields = new LinkedHashMap<>();
    // Identity: two equal-looking elements of one signature still count separately.
    Map<ArgDescriptor, Progress> progress = new IdentityHashMap<>();
    Map<String, ArgDescriptor> byName = new HashMap<>();
    for (ArgDescriptor arg : signature.args()) {
      progress.put(arg, new Progress(arg));
      if (!arg.isPrefix()) {
        byName.put(arg.name(), arg);
      }
    }
    int matched = 0;
    String unusedWarning = null;
    boolean injectargs = !words.isEmpty() && words.get(0).equals("injectargs");
    for (ArgDescriptor arg : signature.args()) {
      Progress own = progress.get(arg);
      own.seen = 0;
      while (own.seen < own.wanted) {
        String word = rest.pollFirst();
        if (word == null && (!arg.required() || fields.containsKey(arg.name()))) {
          break;
        }
        if (word != null && !word.isEmpty()) {
          if (tryKeyword(word, rest, byName, progress, fields)) {
            matched++;
            continue;
          }
          boolean valueAnyway =
              arg.type() instanceof ChoicesArg || CONFIRMATIONS.contains(word) || injectargs;
          if (word.startsWith("--") && !valueAnyway) {
            throw new ArgumentException(Kind.VALID, "Unexpected argument '" + word + "'");
          }
        }
        if (word == null) {
          throw missing(arg, own);
        }
        List<Object> values;
        try {
          values = checkWord(word, arg, own, false, false);
        } catch (ArgumentException e) {
          if (arg.required()) {
            throw e;
          }
          // Maybe the next argument wants this word; remember why this one did not.
          unusedWarning = word + " not valid:  " + e.getMessage();
          rest.addFirst(word);
          break;
        }
        matched++;
        store(arg, values, fields);
        unusedWarning = null;
      }
    }
    if (matched < signature.requiredCount()) {
      throw new ArgumentException(Kind.TOO_FEW, "not enough arguments given");
    }
    if (!rest.isEmpty()) {
      if (unusedWarning != null) {
        warnings.accept(unusedWarning);
      }
      throw new ArgumentException(
          Kind.UNUSED, "unused arguments: " + PythonLiterals.stringListRepr(List.copyOf(rest)));
    }
    return fields;
  }

  /**
   * Handles {@code --name=value}, {@code --name value} and bare {@code --flag} for a known argument
   * name (dashes and underscores alike). A value-less {@code --name} at the end is not a keyword.
   *
   * @return whether the word was a keyword argument (its value is stored)
   */
  private static boolean tryKeyword(
      String word,
      Deque<String> rest,
      Map<String, ArgDescriptor> byName,
      Map<ArgDescriptor, Progress> progress,
      Map<String, Object> fields)
      throws ArgumentException {
    ArgDescriptor arg;
    String value;
    Matcher equals = KWARG_EQUALS.matcher(word);
    if (equals.lookingAt()) {
      arg = byName.get(equals.group(1).replace('-', '_'));
      value = equals.group(2);
    } else {
      Matcher name = KWARG_NAME.matcher(word);
      if (!name.lookingAt()) {
        return false;
      }
      arg = byName.get(name.group(1).replace('-', '_'));
      if (arg == null) {
        return false;
      }
      if (arg.type() instanceof BooleanArg) {
        value = "true";
      } else if (!rest.isEmpty()) {
        value = rest.removeFirst();
      } else {
        return false;
      }
    }
    if (arg == null) {
      return false;
    }
    store(arg, checkWord(value, arg, progress.get(arg), true, false), fields);
    return true;
  }

  private static ArgumentException missing(ArgDescriptor arg, Progress own) {
    if (arg.repeated() && own.seen < 1) {
      return new ArgumentException(
          Kind.NUMBER, "saw " + own.seen + " of " + arg + ", expected at least 1");
    }
    if (own.seen == 0 && own.wanted == 1) {
      return new ArgumentException(Kind.MISSING, "missing required parameter " + arg);
    }
    return new ArgumentException(
        Kind.NUMBER, "saw " + own.seen + " of " + arg + ", expected " + own.wanted);
  }

  /**
   * Checks one word (a comma list of values for repeated non-string arguments, or for any repeated
   * keyword value) and counts it as seen.
   */
  private static List<Object> checkWord(
      String word, ArgDescriptor arg, Progress progress, boolean keyword, boolean partial)
      throws ArgumentException {
    List<Object> values = new ArrayList<>();
    boolean commaList = arg.repeated() && (keyword || !(arg.type() instanceof StringArg));
    for (String part : commaList ? word.split(",", -1) : new String[] {word}) {
      values.add(arg.type().check(part, partial));
    }
    progress.seen++;
    if (arg.repeated()) {
      progress.wanted = progress.seen + 1;
    }
    return values;
  }

  /** Repeated values accumulate in a list; fixed words join into one space-separated prefix. */
  @SuppressWarnings("unchecked")
  private static void store(ArgDescriptor arg, List<Object> values, Map<String, Object> fields) {
    Object previous = fields.get(arg.name());
    if (arg.repeated()) {
      if (previous instanceof List<?>) {
        ((List<Object>) previous).addAll(values);
      } else {
        fields.put(arg.name(), new ArrayList<>(values));
      }
    } else if (arg.isPrefix() && previous != null) {
      fields.put(arg.name(), previous + " " + values.get(0));
    } else {
      fields.put(arg.name(), values.get(0));
    }
  }
}
