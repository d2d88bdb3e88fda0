package io.jrados.client.api;

import io.jrados.client.internal.osd.ObjectLister;
import io.jrados.protocol.osd.HObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link IoCtx}'s object listing: pages filled across PGs, and the lazy stream over pages. */
final class ObjectListing {
  private ObjectListing() {}

  /**
   * Up to {@code max} objects after {@code cursor}: the OSDs answer one PG's worth at most per
   * request, so a page is filled from as many requests as it takes, or ends at the pool's end.
   */
  static CompletableFuture<ObjectPage> page(
      ObjectLister lister,
      long poolId,
      String poolName,
      byte[] namespace,
      HObject cursor,
      int max) {
    return collect(lister, poolId, poolName, namespace, cursor, max, new ArrayList<>());
  }

  private static CompletableFuture<ObjectPage> collect(
      ObjectLister lister,
      long poolId,
      String poolName,
      byte[] namespace,
      HObject cursor,
      int max,
      List<ObjectEntry> found) {
    if (cursor.max() || found.size() >= max) {
      return CompletableFuture.completedFuture(new ObjectPage(found, new ObjectCursor(cursor)));
    }
    return lister
        .page(poolId, poolName, namespace, cursor, max - found.size())
        .thenCompose(
            p -> {
              for (var e : p.entries()) {
                found.add(new ObjectEntry(e));
              }
              return collect(lister, poolId, poolName, namespace, p.next(), max, found);
            });
  }

  /** Every object from the beginning, fetching the next page only when the stream needs it. */
  static Stream<ObjectEntry> stream(Function<ObjectCursor, ObjectPage> fetch) {
    Iterator<ObjectEntry> it =
        new Iterator<>() {
          private ObjectCursor cursor = ObjectCursor.BEGIN;
          private Iterator<ObjectEntry> page = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!page.hasNext() && !cursor.isEnd()) {
              ObjectPage p = fetch.apply(cursor);
              page = p.entries().iterator();
              cursor = p.next();
            }
            return page.hasNext();
          }

          @Override
          public ObjectEntry next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return page.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
