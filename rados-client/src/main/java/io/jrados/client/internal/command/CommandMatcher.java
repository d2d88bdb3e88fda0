package io.jrados.client.internal.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrados.client.internal.command.ArgumentException.Kind;
import io.jrados.client.internal.command.CommandMatchException.Reason;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns command-line words into the JSON command the cluster expects, the way the {@code ceph} tool
 * does with the descriptions the mon publishes: every signature is scored by how many of its
 * required elements the words satisfy (a full, not merely partial, match scores half a point more);
 * the best-scoring ones are tried fewest-required-first; the first that fits wins; a candidate that
 * is clearly the right command but gets a bad value stops the search with that error; with no
 * candidate left the 10 closest usages are offered.
 */
public final class CommandMatcher {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLOSEST_SHOWN = 10;
  private static final String INVALID = "Error EINVAL: invalid command";

  private final List<CommandSignature> signatures;

  /** A matcher over the commands the {@code ceph} command line may use. */
  public CommandMatcher(CommandDescriptions descriptions) {
    this.signatures =
        descriptions.signatures().stream().filter(CommandSignature::availableToCli).toList();
  }

  /**
   * Matches words such as {@code osd pool create p 8}.
   *
   * @param words the command words, without the tool's own options
   * @param extra fields to add after matching, as the tool adds {@code "format": "json"} for {@code
   *     -f json}; a key the command already has keeps its place and takes the new value
   * @throws CommandMatchException when no command fits; its message is the tool's stderr text
   */
  public MatchedCommand match(List<String> words, Map<String, Object> extra)
      throws CommandMatchException {
    refuseDaemonTargets(words);
    List<CommandSignature> best = bestCandidates(words);
    List<CommandSignature> ordered = new ArrayList<>(best);
    // Stable sort: among equals the published order decides, as in the tool.
    ordered.sort(Comparator.comparingInt(CommandSignature::requiredCount));
    List<String> warnings = new ArrayList<>();
    for (CommandSignature candidate : ordered) {
      try {
        Map<String, Object> fields = SignatureValidator.validate(words, candidate, warnings::add);
        return new MatchedCommand(toJson(fields, candidate, extra), candidate.target(), candidate);
      } catch (ArgumentException e) {
        if (e.kind() == Kind.PREFIX || e.kind() == Kind.TOO_FEW) {
          continue;
        }
        if (e.kind() != Kind.MISSING || best.size() == 1) {
          throw invalidArgument(warnings, e, candidate);
        }
        // A missing argument among several candidates: the tool gives up on all of them.
        break;
      }
    }
    throw noMatch(best);
  }

  private List<CommandSignature> bestCandidates(List<String> words) {
    double bestScore = 0;
    List<CommandSignature> best = new ArrayList<>();
    for (CommandSignature signature : signatures) {
      if (signature.hasFlag(CommandSignature.FLAG_OBSOLETE)) {
        continue;
      }
      double score = SignatureValidator.countMatched(words, signature, true);
      if (score >= Math.floor(bestScore)
          && score == SignatureValidator.countMatched(words, signature, false)) {
        score += 0.5;
      }
      if (score > bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score >= bestScore) {
        best.add(signature);
      }
    }
    return best;
  }

  /**
   * The tool sends {@code tell <name> ...} and {@code pg <pgid> ...} to an OSD or other daemon,
   * using that daemon's own descriptions, so those words are not mon or mgr commands.
   */
  private static void refuseDaemonTargets(List<String> words) throws CommandMatchException {
    if (!words.isEmpty() && words.get(0).equals("tell")) {
      throw new CommandMatchException(
          Reason.NOT_MON_OR_MGR, "'tell' commands go to the named daemon, not to the mon or mgr");
    }
    if (words.size() >= 2 && words.get(0).equals("pg")) {
      try {
        new PgidArg().check(words.get(1), false);
      } catch (ArgumentException notAPgid) {
        return;
      }
      throw new CommandMatchException(
          Reason.NOT_MON_OR_MGR,
          "'pg "
              + words.get(1)
              + " ...' commands go to the pg's primary OSD, not to the mon or mgr");
    }
  }

  private static CommandMatchException invalidArgument(
      List<String> warnings, ArgumentException error, CommandSignature candidate) {
    List<String> lines = new ArrayList<>(warnings);
    lines.add("Invalid command: " + error.getMessage());
    lines.add(candidate.usage() + " :  " + candidate.help());
    lines.add(INVALID);
    return new CommandMatchException(Reason.INVALID_ARGUMENT, String.join("\n", lines));
  }

  private static CommandMatchException noMatch(List<CommandSignature> best) {
    List<String> usages =
        best.stream()
            .filter(s -> !s.hasFlag(CommandSignature.FLAG_DEPRECATED))
            .filter(s -> !s.hasFlag(CommandSignature.FLAG_HIDDEN))
            .limit(CLOSEST_SHOWN)
            .map(CommandSignature::usage)
            .toList();
    List<String> lines = new ArrayList<>();
    lines.add("no valid command found; " + usages.size() + " closest matches:");
    lines.addAll(usages);
    lines.add(INVALID);
    return new CommandMatchException(Reason.NO_MATCH, String.join("\n", lines));
  }

  private static ObjectNode toJson(
      Map<String, Object> fields, CommandSignature signature, Map<String, Object> extra) {
    ObjectNode command = NODES.objectNode();
    fields.forEach((name, value) -> command.set(name, toNode(value)));
    if (signature.hasFlag(CommandSignature.FLAG_MGR)) {
      // The tool leaves its routing hint in the JSON it sends; the mgr ignores it.
      command.set("target", NODES.arrayNode().add("mon-mgr").add(""));
    }
    if (signature.hasFlag(CommandSignature.FLAG_POLL)) {
      command.put("poll", true);
    }
    extra.forEach((name, value) -> command.set(name, JSON.valueToTree(value)));
    return command;
  }

  private static JsonNode toNode(Object value) {
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(toNode(item)));
      return array;
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.textNode((String) value);
  }
}
