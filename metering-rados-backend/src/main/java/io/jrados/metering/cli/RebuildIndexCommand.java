package io.jrados.metering.cli;

import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.rados.IndexRebuilder;
import io.jrados.metering.storage.rados.RadosProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code jmetering rebuild-index}: rebuilds a rados storage's directory index from a full scan. */
@Command(
    name = "rebuild-index",
    description =
        "Rebuild the directory index of a rados storage from a full listing of its pool namespace,"
            + " and remove stripes no file names.")
final class RebuildIndexCommand implements Callable<Integer> {
  @ParentCommand MeteringCli cli;

  @Option(
      names = "--grace-seconds",
      defaultValue = "600",
      description =
          "keep pending entries and unnamed stripes younger than this: writes may be in progress"
              + " (default ${DEFAULT-VALUE})")
  long graceSeconds;

  @Override
  public Integer call() throws Exception {
    try (StorageProvider storage = cli.openStorage()) {
      if (!(storage instanceof RadosProvider rados)) {
        throw new IllegalArgumentException(
            "rebuild-index works on rados storage only, not " + cli.storageConfig().scheme());
      }
      IndexRebuilder.Report report =
          new IndexRebuilder(rados.ioCtx(), Duration.ofSeconds(graceSeconds), Clock.systemUTC())
              .rebuild();
      cli.printJson(report);
    }
    return 0;
  }
}
