package io.jrados.metering.cli;

import io.jrados.metering.json.GoJsonWriter;
import io.jrados.metering.model.MetaData;
import io.jrados.metering.model.MetaType;
import io.jrados.metering.reader.MetaReader;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.writer.MetaWriter;
import io.jrados.metering.writer.WriterOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jmetering meta write|read}. */
@Command(name = "meta", description = "Write or read cluster metadata.")
final class MetaCommands implements Runnable {
  @ParentCommand MeteringCli cli;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: write or read");
  }

  @Command(name = "write", description = "Write a MetaData JSON document (file or stdin).")
  int write(
      @Option(names = "--file", description = "the document; stdin when absent") Path file,
      @Option(names = "--overwrite", description = "replace an existing file") boolean overwrite)
      throws Exception {
    MetaData meta;
    try (InputStream in = file == null ? System.in : Files.newInputStream(file)) {
      meta = InputDocuments.metaData(in);
    }
    try (StorageProvider storage = cli.openStorage();
        MetaWriter writer =
            new MetaWriter(storage, WriterOptions.defaults().withOverwriteExisting(overwrite))) {
      cli.printJson(Map.of("written", writer.write(meta)));
    }
    return 0;
  }

  @Command(name = "read", description = "Print the metadata in effect at a time.")
  int read(
      @Option(names = "--cluster", required = true, description = "cluster id") String cluster,
      @Option(names = "--type", description = "logic or sharedpool; both when absent") String type,
      @Option(names = "--category", defaultValue = "", description = "category") String category,
      @Option(names = "--timestamp", required = true, description = "Unix seconds") long ts)
      throws Exception {
    try (StorageProvider storage = cli.openStorage()) {
      MetaReader reader = new MetaReader(storage, 0);
      MetaData meta =
          type == null
              ? reader.read(cluster, category, ts)
              : reader.readByType(cluster, MetaType.parse(type), category, ts);
      cli.printRaw(new String(GoJsonWriter.meta(meta), StandardCharsets.UTF_8));
    }
    return 0;
  }
}
