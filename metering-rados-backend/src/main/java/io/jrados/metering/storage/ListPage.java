package io.jrados.metering.storage;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param keys keys in ascending lexical order, without the provider prefix
 * @param truncated whether more keys follow the last one in this page
 */
public record ListPage(List<String> keys, boolean truncated) {

  /** Copies {@code keys} so the page cannot change after it is returned. */
  public ListPage {
    keys = List.copyOf(keys);
  }
}
