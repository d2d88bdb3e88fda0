package io.jrados.metering.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks a listing page by page, asking the provider for the next page only when the current one is
 * used up, so a caller that stops early never pays for the rest.
 */
final class PagedKeyIterator implements Iterator<String> {
  private final StorageProvider provider;
  private final String prefix;
  private final int pageSize;
  private List<String> page = List.of();
  private int index;
  private String lastKey;
  private boolean morePages = true;

  PagedKeyIterator(StorageProvider provider, String prefix, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be at least 1, got " + pageSize);
    }
    this.provider = provider;
    this.prefix = prefix;
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    // A truncated page may still be followed by an empty one, so loop until a key or the end.
    while (index == page.size() && morePages) {
      fetchNextPage();
    }
    return index < page.size();
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    lastKey = page.get(index++);
    return lastKey;
  }

  private void fetchNextPage() {
    try {
      ListPage next = provider.listPage(prefix, lastKey, pageSize);
      page = next.keys();
      index = 0;
      morePages = next.truncated() && !page.isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("listing keys under prefix '" + prefix + "' failed", e);
    }
  }
}
