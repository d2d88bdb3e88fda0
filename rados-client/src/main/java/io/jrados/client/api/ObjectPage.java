package io.jrados.client.api;

import java.util.List;

/**
 * One page of a listing: objects in the pool's listing order (the OSDs' hash order, not by name),
 * and the cursor to continue from.
 */
public record ObjectPage(List<ObjectEntry> entries, ObjectCursor next) {
  public ObjectPage {
    entries = List.copyOf(entries);
  }
}
