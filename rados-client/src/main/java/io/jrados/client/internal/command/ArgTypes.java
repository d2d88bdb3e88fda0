package io.jrados.client.internal.command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds the {@link ArgType} a description names, from its type-specific settings. */
final class ArgTypes {
  private ArgTypes() {}

  /**
   * @param typeName e.g. {@code CephInt}
   * @param params the settings published beside the type ({@code range}, {@code strings}...)
   * @throws IllegalArgumentException for a type the tool does not know either
   */
  static ArgType create(String typeName, Map<String, String> params) {
    return switch (typeName) {
      case "CephInt" -> IntegerArg.fromRange(params.getOrDefault("range", ""));
      case "CephFloat" -> FloatArg.fromRange(params.getOrDefault("range", ""));
      case "CephString" -> StringArg.withGoodchars(params.getOrDefault("goodchars", ""));
      case "CephChoices" -> new ChoicesArg(split(params.getOrDefault("strings", "")));
      case "CephBool" -> new BooleanArg();
      case "CephPrefix" -> new PrefixArg(params.getOrDefault("prefix", ""));
      case "CephPoolname" -> new FreeTextArg("<poolname>");
      case "CephObjectname" -> new FreeTextArg("<objectname>");
      case "CephName" -> new EntityNameArg();
      case "CephOsdName" -> new OsdNameArg();
      case "CephPgid" -> new PgidArg();
      case "CephUUID" -> new UuidArg();
      case "CephFragment" -> new FragmentArg();
      case "CephIPAddr" -> new IpAddressArg();
      case "CephEntityAddr" -> new EntityAddressArg();
      case "CephSocketpath" -> new PathArg(true);
      case "CephFilepath" -> new PathArg(false);
      default -> throw new IllegalArgumentException("unknown type " + typeName);
    };
  }

  private static List<String> split(String strings) {
    return List.copyOf(Arrays.asList(strings.split("\\|", -1)));
  }
}
