package io.jrados.metering.writer;

import io.jrados.metering.json.GoJsonWriter;
import io.jrados.metering.json.MeteringCodec;
import io.jrados.metering.layout.MeteringPaths;
import io.jrados.metering.model.MeteringData;
import io.jrados.metering.model.MeteringPage;
import io.jrados.metering.storage.StorageProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@link MeteringData} at the SDK's paths, in the SDK's format and pagination.
 *
 * <p><b>Part 0 is the commit marker.</b> A write publishes parts {@code n-1 .. 1} first and part 0
 * last, so a set of parts whose part 0 exists is complete; {@code MeteringReader} ignores sets
 * without it. Without overwriting, each part is published with the provider's atomic
 * create-if-absent: the first existing part makes the write fail with {@link FileExistsException}
 * after deleting the parts it created, so of racing writers exactly one wins. With overwriting, the
 * old part 0 is deleted first (hiding the old set), stale higher parts of a longer old write are
 * removed, and the new part 0 goes last. Either way a write that fails part-way leaves no part 0 of
 * its own, hence no visible partial set. A staging area renamed into place was not chosen: RADOS
 * has no multi-object rename, so it would not be atomic there either.
 *
 * <p>The writer does not own the provider: {@link #close()} leaves it open.
 */
public final class MeteringWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MeteringWriter.class);

  private final StorageProvider provider;
  private final WriterOptions options;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A writer on {@code provider} with {@code options}. */
  public MeteringWriter(StorageProvider provider, WriterOptions options) {
    this.provider = provider;
    this.options = options;
  }

  /**
   * Validates and writes {@code data}; the caller's object is not changed.
   *
   * @return the keys written, part 0 first (none when paging is on and there are no records, as in
   *     the SDK)
   * @throws IllegalArgumentException if the data breaks a validation rule
   * @throws FileExistsException if a part exists and overwriting is off
   * @throws IllegalStateException if the writer is closed
   */
  public List<String> write(MeteringData data) throws IOException {
    if (closed.get()) {
      throw new IllegalStateException("metering writer is closed");
    }
    MeteringData effective = Validation.meteringData(data, options.defaultSharedPoolId());
    List<List<Map<String, Object>>> pages =
        PagePlanner.plan(effective.data(), options.pageSizeBytes());
    List<String> keys = new ArrayList<>();
    for (int part = 0; part < pages.size(); part++) {
      keys.add(
          MeteringPaths.meteringFile(
              effective.timestamp(),
              effective.category(),
              effective.sharedPoolId(),
              effective.selfId(),
              part));
    }
    if (options.overwriteExisting()) {
      overwrite(effective, pages, keys);
    } else {
      createAll(effective, pages, keys);
    }
    LOG.debug("wrote {} part(s) of metering data under {}", keys.size(), setPrefix(effective));
    return List.copyOf(keys);
  }

  private void createAll(
      MeteringData data, List<List<Map<String, Object>>> pages, List<String> keys)
      throws IOException {
    List<String> created = new ArrayList<>();
    try {
      for (int part = pages.size() - 1; part >= 0; part--) {
        byte[] body = encode(data, part, pages.get(part));
        if (!provider.createIfAbsent(keys.get(part), new ByteArrayInputStream(body))) {
          throw new FileExistsException(keys.get(part));
        }
        created.add(keys.get(part));
      }
    } catch (IOException | RuntimeException e) {
      rollBack(created, e);
      throw e;
    }
  }

  private void overwrite(
      MeteringData data, List<List<Map<String, Object>>> pages, List<String> keys)
      throws IOException {
    if (keys.isEmpty()) {
      return;
    }
    provider.delete(keys.get(0));
    deleteStaleParts(data, pages.size());
    for (int part = pages.size() - 1; part >= 0; part--) {
      byte[] body = encode(data, part, pages.get(part));
      provider.put(keys.get(part), new ByteArrayInputStream(body));
    }
  }

  /** Removes parts numbered {@code partCount} and above, left by an earlier, longer write. */
  private void deleteStaleParts(MeteringData data, int partCount) throws IOException {
    List<String> stale = new ArrayList<>();
    for (Iterator<String> it = provider.list(setPrefix(data)); it.hasNext(); ) {
      String key = it.next();
      MeteringPaths.parseMeteringFile(key)
          .filter(info -> info.selfId().equals(data.selfId()) && info.part() >= partCount)
          .ifPresent(info -> stale.add(key));
    }
    for (String key : stale) {
      provider.delete(key);
    }
  }

  private void rollBack(List<String> created, Exception cause) {
    for (String key : created) {
      try {
        provider.delete(key);
      } catch (IOException | RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static String setPrefix(MeteringData data) {
    return MeteringPaths.meteringSetPrefix(
        data.timestamp(), data.category(), data.sharedPoolId(), data.selfId());
  }

  private static byte[] encode(MeteringData data, int part, List<Map<String, Object>> records) {
    MeteringPage page =
        new MeteringPage(
            data.timestamp(), data.category(), data.selfId(), data.sharedPoolId(), part, records);
    return MeteringCodec.gzip(GoJsonWriter.page(page));
  }

  /** Marks the writer closed; later writes fail. The provider stays open. */
  @Override
  public void close() {
    closed.set(true);
  }
}
