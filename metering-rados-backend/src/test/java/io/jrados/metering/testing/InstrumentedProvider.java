package io.jrados.metering.testing;

import io.jrados.metering.storage.ListPage;
import io.jrados.metering.storage.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Wraps a real provider to count calls and to make writes of chosen keys fail, for tests of what
 * the writers and readers do around storage failures.
 */
public final class InstrumentedProvider implements StorageProvider {
  private final StorageProvider delegate;
  private volatile Predicate<String> failWritesOf = key -> false;

  /** Calls of {@link #get}. */
  public final AtomicInteger gets = new AtomicInteger();

  /** Listing pages fetched. */
  public final AtomicInteger listPages = new AtomicInteger();

  /** Wraps {@code delegate}. */
  public InstrumentedProvider(StorageProvider delegate) {
    this.delegate = delegate;
  }

  /** From now on, put and create-if-absent of keys matching {@code keys} fail. */
  public void failWritesOf(Predicate<String> keys) {
    this.failWritesOf = keys;
  }

  private void maybeFail(String key) throws IOException {
    if (failWritesOf.test(key)) {
      throw new IOException("injected failure writing " + key);
    }
  }

  @Override
  public void put(String key, InputStream data) throws IOException {
    maybeFail(key);
    delegate.put(key, data);
  }

  @Override
  public boolean createIfAbsent(String key, InputStream data) throws IOException {
    maybeFail(key);
    return delegate.createIfAbsent(key, data);
  }

  @Override
  public InputStream get(String key) throws IOException {
    gets.incrementAndGet();
    return delegate.get(key);
  }

  @Override
  public void delete(String key) throws IOException {
    delegate.delete(key);
  }

  @Override
  public boolean exists(String key) throws IOException {
    return delegate.exists(key);
  }

  @Override
  public ListPage listPage(String prefix, String startAfter, int limit) throws IOException {
    listPages.incrementAndGet();
    return delegate.listPage(prefix, startAfter, limit);
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
