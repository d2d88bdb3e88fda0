package io.jrados.metering.cli;

import io.jrados.metering.json.MeteringCodec;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.reader.MeteringReader;
import io.jrados.metering.reader.TimestampFiles;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.writer.MeteringWriter;
import io.jrados.metering.writer.WriterOptions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The metering data subcommands of {@link MeteringCli}. */
final class DataCommands {
  private DataCommands() {}

  @Command(name = "write", description = "Write a MeteringData JSON document (file or stdin).")
  static final class Write implements Callable<Integer> {
    @ParentCommand MeteringCli cli;

    @Option(names = "--file", description = "the document; stdin when absent")
    Path file;

    @Option(names = "--page-size", description = "page size in bytes; 0 = one part (default)")
    long pageSize;

    @Option(names = "--overwrite", description = "replace existing files")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
      MeteringData data;
      try (InputStream in = file == null ? System.in : Files.newInputStream(file)) {
        data = InputDocuments.meteringData(in);
      }
      try (StorageProvider storage = cli.openStorage()) {
        WriterOptions options =
            WriterOptions.from(cli.storageConfig())
                .withPageSizeBytes(pageSize)
                .withOverwriteExisting(overwrite);
        try (MeteringWriter writer = new MeteringWriter(storage, options)) {
          cli.printJson(Map.of("written", writer.write(data)));
        }
      }
      return 0;
    }
  }

  @Command(name = "read", description = "Print one metering file's JSON as stored.")
  static final class Read implements Callable<Integer> {
    @ParentCommand MeteringCli cli;

    @Parameters(index = "0", paramLabel = "PATH", description = "the file's key")
    String path;

    @Override
    public Integer call() throws Exception {
      try (StorageProvider storage = cli.openStorage()) {
        MeteringReader reader = new MeteringReader(storage);
        byte[] json = reader.readFileJson(path);
        MeteringCodec.parsePage(json); // refuse to print something that is no metering file
        cli.printRaw(new String(json, StandardCharsets.UTF_8));
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List the metering files of a minute by category.")
  static final class ListFiles implements Callable<Integer> {
    @ParentCommand MeteringCli cli;

    @Option(names = "--timestamp", required = true, description = "minute-level Unix timestamp")
    long timestamp;

    @Option(names = "--category", description = "only this category")
    String category;

    @Override
    public Integer call() throws Exception {
      try (StorageProvider storage = cli.openStorage()) {
        TimestampFiles files = new MeteringReader(storage).listFilesByTimestamp(timestamp);
        Map<String, List<String>> shown = new LinkedHashMap<>(files.files());
        if (category != null) {
          shown.keySet().retainAll(List.of(category));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("timestamp", timestamp);
        result.put("files", shown);
        cli.printJson(result);
      }
      return 0;
    }
  }

  @Command(name = "categories", description = "List the categories with files at a minute.")
  static final class Categories implements Callable<Integer> {
    @ParentCommand MeteringCli cli;

    @Option(names = "--timestamp", required = true, description = "minute-level Unix timestamp")
    long timestamp;

    @Override
    public Integer call() throws Exception {
      try (StorageProvider storage = cli.openStorage()) {
        cli.printJson(new MeteringReader(storage).categories(timestamp));
      }
      return 0;
    }
  }
}
