package io.jrados.metering.writer;

import io.jrados.metering.json.GoJsonWriter;
import io.jrados.metering.json.MeteringCodec;
import io.jrados.metering.layout.MeteringPaths;
import io.jrados.metering.model.MetaData;
import io.jrados.metering.storage.StorageProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes {@link MetaData} to {@code metering/meta/{type}[/{category}]/{cluster}/{modify_ts}
 * .json.gz}. Without overwriting, the file is created with the provider's atomic create-if-absent
 * (the SDK checks, then writes, and two writers can both "win").
 */
public final class MetaWriter implements AutoCloseable {
  private final StorageProvider provider;
  private final boolean overwriteExisting;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A writer on {@code provider}; only {@link WriterOptions#overwriteExisting()} applies. */
  public MetaWriter(StorageProvider provider, WriterOptions options) {
    this.provider = provider;
    this.overwriteExisting = options.overwriteExisting();
  }

  /**
   * Validates and writes {@code meta}.
   *
   * @return the key written
   * @throws FileExistsException if the file exists and overwriting is off
   * @throws IllegalStateException if the writer is closed
   */
  public String write(MetaData meta) throws IOException {
    if (closed.get()) {
      throw new IllegalStateException("meta writer is closed");
    }
    Validation.metaData(meta);
    String key =
        MeteringPaths.metaFile(meta.type(), meta.category(), meta.clusterId(), meta.modifyTs());
    byte[] body = MeteringCodec.gzip(GoJsonWriter.meta(meta));
    if (overwriteExisting) {
      provider.put(key, new ByteArrayInputStream(body));
    } else if (!provider.createIfAbsent(key, new ByteArrayInputStream(body))) {
      throw new FileExistsException(key);
    }
    return key;
  }

  /** Marks the writer closed; later writes fail. The provider stays open. */
  @Override
  public void close() {
    closed.set(true);
  }
}
