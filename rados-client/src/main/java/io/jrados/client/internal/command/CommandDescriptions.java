package io.jrados.client.internal.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command signatures a cluster publishes in answer to {@code {"prefix":
 * "get_command_descriptions"}}: a JSON object of {@code cmdNNN -> {"sig": [...], "help": ...,
 * "module": ..., "perm": ..., "flags": N}}, where each sig element is a fixed word or an object
 * {@code {"name", "type", "req", "n", <type settings>}}.
 */
public final class CommandDescriptions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARG_KEYS = Set.of("type", "name", "n", "req");

  private final List<CommandSignature> signatures;

  private CommandDescriptions(List<CommandSignature> signatures) {
    this.signatures = List.copyOf(signatures);
  }

  /** The signatures, in published order. */
  public List<CommandSignature> signatures() {
    return signatures;
  }

  /**
   * Parses the published descriptions.
   *
   * @throws IllegalArgumentException when the JSON is not a description set, names an unknown
   *     argument type, or has an invalid type setting
   */
  public static CommandDescriptions parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("command descriptions are not JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("command descriptions are not a JSON object");
    }
    List<CommandSignature> signatures = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      signatures.add(parseCommand(entry.getKey(), entry.getValue()));
    }
    return new CommandDescriptions(signatures);
  }

  private static CommandSignature parseCommand(String tag, JsonNode command) {
    JsonNode sig = command.get("sig");
    if (sig == null || !sig.isArray()) {
      throw new IllegalArgumentException("JSON descriptor " + tag + " has no 'sig'");
    }
    List<ArgDescriptor> args = new ArrayList<>();
    for (JsonNode element : sig) {
      args.add(element.isTextual() ? fixedWord(element.asText()) : parseArg(sig, element));
    }
    return new CommandSignature(
        tag,
        args,
        text(command.get("help"), ""),
        text(command.get("module"), ""),
        text(command.get("perm"), ""),
        command.path("flags").asInt(0),
        text(command.get("avail"), null));
  }

  private static ArgDescriptor fixedWord(String word) {
    return new ArgDescriptor(
        "prefix", "CephPrefix", new PrefixArg(word), true, false, 1, Map.of("prefix", word));
  }

  private static ArgDescriptor parseArg(JsonNode sig, JsonNode element) {
    String typeName = text(element.get("type"), null);
    if (typeName == null) {
      throw new IllegalArgumentException("JSON descriptor " + sig + " has no type");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = element.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!ARG_KEYS.contains(field.getKey())) {
        params.put(field.getKey(), field.getValue().asText());
      }
    }
    // The tool's rule: only true, "True" or "true" make an argument required; so "fasle" is
    // optional, as Pacific publishes it for "osd pool application get <pool>".
    JsonNode req = element.get("req");
    boolean required =
        req == null
            || (req.isBoolean() && req.asBoolean())
            || (req.isTextual() && (req.asText().equals("True") || req.asText().equals("true")));
    String n = text(element.get("n"), "1");
    boolean repeated = n.equals("n") || n.equals("N");
    return new ArgDescriptor(
        text(element.get("name"), null),
        typeName,
        ArgTypes.create(typeName, params),
        required,
        repeated,
        repeated ? 1 : Integer.parseInt(n),
        Map.copyOf(params));
  }

  private static String text(JsonNode node, String absent) {
    return node == null || node.isNull() ? absent : node.asText();
  }
}
