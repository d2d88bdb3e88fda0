package io.jrados.metering.reader;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metering files of one minute, by category; the SDK's {@code TimestampFiles}.
 *
 * @param timestamp the minute
 * @param files category to its file paths, both sorted
 */
public record TimestampFiles(long timestamp, SortedMap<String, List<String>> files) {

  /** Makes the map and its lists immutable. */
  public TimestampFiles {
    SortedMap<String, List<String>> copy = new TreeMap<>();
    files.forEach((category, paths) -> copy.put(category, List.copyOf(paths)));
    files = Collections.unmodifiableSortedMap(copy);
  }
}
