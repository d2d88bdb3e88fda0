package io.jrados.metering.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A thread-safe least-recently-used map holding at most {@code capacity} entries, so a long-running
 * reader's memory stays bounded however many timestamps it is asked about.
 */
final class BoundedCache<K, V> {
  private final int capacity;
  private final LinkedHashMap<K, V> entries;

  BoundedCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("cache capacity must not be negative: " + capacity);
    }
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  synchronized Optional<V> get(K key) {
    return Optional.ofNullable(entries.get(key));
  }

  synchronized void put(K key, V value) {
    if (capacity == 0) {
      return;
    }
    entries.put(key, value);
    if (entries.size() > capacity) {
      Map.Entry<K, V> eldest = entries.entrySet().iterator().next();
      entries.remove(eldest.getKey());
    }
  }

  synchronized void clear() {
    entries.clear();
  }
}
