package io.jrados.metering.config;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code localfs} settings of a {@link StorageConfig}: base directory (default {@code
 * ./metering-data}, as in the SDK), whether to create directories (default true) and the octal
 * permissions given to created directories and files (default {@code 0755}).
 *
 * @param basePath the directory that holds every key
 * @param createDirs whether missing directories are created
 * @param permissions permissions of created directories and files
 * @param prefix the provider key prefix, possibly empty
 */
public record LocalFsSettings(
    Path basePath, boolean createDirs, Set<PosixFilePermission> permissions, String prefix) {
  /** The SDK's default base directory. */
  public static final String DEFAULT_BASE_PATH = "./metering-data";

  private static final Set<String> KNOWN_PARAMETERS = Set.of("create-dirs", "permissions");

  /** Copies the permission set so the settings stay immutable. */
  public LocalFsSettings {
    permissions = Set.copyOf(permissions);
  }

  /**
   * Reads the settings of a {@code localfs} config, rejecting parameters the provider does not know
   * (a misspelt option should fail, not be ignored).
   */
  public static LocalFsSettings from(StorageConfig config) {
    if (!config.scheme().equals(StorageUris.LOCALFS)) {
      throw new IllegalArgumentException("not a localfs config: scheme " + config.scheme());
    }
    for (String name : config.parameters().keySet()) {
      if (!KNOWN_PARAMETERS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown localfs parameter '" + name + "' (known: create-dirs, permissions)");
      }
    }
    String createDirs = config.parameter("create-dirs").orElse("true");
    if (!createDirs.equals("true") && !createDirs.equals("false")) {
      throw new IllegalArgumentException("create-dirs must be true or false, got: " + createDirs);
    }
    return new LocalFsSettings(
        Path.of(config.basePath().orElse(DEFAULT_BASE_PATH)),
        Boolean.parseBoolean(createDirs),
        parseOctalPermissions(config.parameter("permissions").orElse("0755")),
        config.prefix().orElse(""));
  }

  /**
   * Parses {@code 0755}-style permissions. Unlike the SDK, which silently falls back to 0755, a
   * malformed value is an error.
   */
  public static Set<PosixFilePermission> parseOctalPermissions(String octal) {
    if (!octal.matches("0?[0-7]{3}")) {
      throw new IllegalArgumentException(
          "permissions must be three octal digits with an optional leading 0, got: " + octal);
    }
    int mode = Integer.parseInt(octal, 8);
    PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
    Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << (bits.length - 1 - i))) != 0) {
        result.add(bits[i]);
      }
    }
    return result;
  }
}
