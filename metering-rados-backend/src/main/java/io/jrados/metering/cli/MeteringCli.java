package io.jrados.metering.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.client.internal.util.ClassArchive;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.config.StorageConfigFiles;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviders;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bin/jmetering}: writes and reads metering data on any storage URI. Results go to stdout as
 * JSON; errors go to stderr as one line, with exit code 1 (2 for a usage error).
 */
@Command(
    name = "jmetering",
    mixinStandardHelpOptions = true,
    description = "Write and read metering data (PingCAP metering SDK layout) on jrados storage.",
    subcommands = {
      DataCommands.Write.class,
      DataCommands.Read.class,
      DataCommands.ListFiles.class,
      DataCommands.Categories.class,
      MetaCommands.class,
      RebuildIndexCommand.class
    })
public final class MeteringCli implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> environment;

  @Spec CommandSpec spec;

  @Option(
      names = "--uri",
      description = "storage URI, e.g. localfs:///data or rados://pool/prefix?id=admin")
  String uri;

  @Option(names = "--config", description = "storage config file (.json, .yaml/.yml or .toml)")
  Path configFile;

  MeteringCli(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    int code = commandLine(System.getenv()).execute(args);
    ClassArchive.loadAllIfRecording(MeteringCli.class);
    System.exit(code);
  }

  /** The configured command line; {@code environment} supplies METERING_STORAGE_URI. */
  static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cli = new CommandLine(new MeteringCli(environment));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("jmetering: " + describe(e));
          cmd.getErr().flush();
          return 1;
        });
    return cli;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand");
  }

  /** The storage chosen by --uri, else --config, else the environment variable. */
  StorageConfig storageConfig() throws IOException {
    if (uri != null && configFile != null) {
      throw new IllegalArgumentException("give --uri or --config, not both");
    }
    if (uri != null) {
      return StorageConfig.parse(uri);
    }
    if (configFile != null) {
      return StorageConfigFiles.load(configFile);
    }
    return StorageConfig.fromEnvironment(environment)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no storage given: use --uri, --config or "
                        + StorageConfig.URI_ENVIRONMENT_VARIABLE));
  }

  /** Opens the provider of {@link #storageConfig()}. */
  StorageProvider openStorage() throws IOException {
    return StorageProviders.open(storageConfig());
  }

  /** Prints a value as one line of JSON on stdout. */
  void printJson(Object value) throws JsonProcessingException {
    printRaw(JSON.writeValueAsString(value));
  }

  /** Prints an already encoded JSON document on stdout. */
  void printRaw(String json) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
