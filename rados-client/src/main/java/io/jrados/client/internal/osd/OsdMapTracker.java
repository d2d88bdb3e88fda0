package io.jrados.client.internal.osd;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.messages.MOSDMap;
import io.jrados.protocol.osdmap.OsdMap;
import io.jrados.protocol.osdmap.OsdMapIncremental;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the client's OSDMap current from the MOSDMap messages that mons and OSDs send: applies
 * incrementals epoch by epoch, or takes a full map where the chain has a gap, and asks the mons for
 * what is missing. Single-threaded: used only on the client's event loop.
 */
final class OsdMapTracker {
  private static final Logger log = LoggerFactory.getLogger(OsdMapTracker.class);

  private final LongConsumer requestFrom;
  private final Consumer<OsdMap> onNewMap;
  private final List<Waiter> waiters = new ArrayList<>();
  private static final long REREQUEST_NANOS = 500_000_000L;

  private OsdMap current;
  private UUID fsid;
  private long lastRequestStart = -1;
  private long lastRequestNanos;

  /**
   * @param requestFrom asks the mons for maps from this epoch on (a one-time subscription)
   * @param onNewMap told of each new current map, after its waiters are released
   */
  OsdMapTracker(LongConsumer requestFrom, Consumer<OsdMap> onNewMap) {
    this.requestFrom = requestFrom;
    this.onNewMap = onNewMap;
  }

  /** The current map, or null before the first arrived. */
  OsdMap current() {
    return current;
  }

  long epoch() {
    return current == null ? 0 : current.epoch();
  }

  /** The fsid maps must carry; set from the monmap before any map is accepted. */
  void expectFsid(UUID fsid) {
    this.fsid = fsid;
  }

  /** A future completed with the first map at or past {@code epoch}. */
  CompletableFuture<OsdMap> awaitEpoch(long epoch) {
    CompletableFuture<OsdMap> f = new CompletableFuture<>();
    if (current != null && current.epoch() >= epoch) {
      f.complete(current);
      return f;
    }
    waiters.add(new Waiter(epoch, f));
    if (current != null) {
      request(current.epoch() + 1);
    }
    return f;
  }

  /** Asks the mons for anything newer than what we hold. */
  void requestNewer() {
    request(epoch() + 1);
  }

  /**
   * Asks for maps from {@code start}, unless the same was asked within the last half second: many
   * ops noticing one change at once need one subscription, not one each.
   */
  private void request(long start) {
    long now = System.nanoTime();
    if (start == lastRequestStart && now - lastRequestNanos < REREQUEST_NANOS) {
      return;
    }
    lastRequestStart = start;
    lastRequestNanos = now;
    requestFrom.accept(start);
  }

  /**
   * Takes what a MOSDMap carries. Maps from another cluster are ignored; a malformed map is
   * reported and skipped, keeping the map we have.
   */
  void handle(MOSDMap m, String from) {
    if (fsid != null && !fsid.equals(m.fsid())) {
      log.warn("ignoring an osdmap from {} for another cluster (fsid {})", from, m.fsid());
      return;
    }
    OsdMap before = current;
    try {
      advance(m);
    } catch (ProtocolException | IllegalArgumentException e) {
      log.warn("cannot use the osdmap from {}: {}; asking the mons again", from, e.getMessage());
      requestNewer();
    }
    if (current != before) {
      log.debug("osdmap epoch {} (from {})", current.epoch(), from);
      releaseWaiters();
      onNewMap.accept(current);
    }
    if (m.newest() > epoch()) {
      request(epoch() + 1);
    }
  }

  /**
   * Applies incrementals epoch by epoch where the chain is unbroken; where it is broken (or we have
   * nothing yet) jumps to the newest full map carried, then goes on from there.
   */
  private void advance(MOSDMap m) {
    while (true) {
      if (current != null) {
        chain(m);
      }
      if (m.fullMaps().isEmpty() || m.fullMaps().lastKey() <= epoch()) {
        if (current == null) {
          request(0); // incrementals with nothing to apply them to
        }
        return;
      }
      current = OsdMap.decode(Unpooled.wrappedBuffer(m.fullMaps().get(m.fullMaps().lastKey())));
    }
  }

  private void chain(MOSDMap m) {
    while (true) {
      long next = current.epoch() + 1;
      byte[] inc = m.incrementalMaps().get(next);
      byte[] full = m.fullMaps().get(next);
      if (inc != null) {
        current = current.apply(OsdMapIncremental.decode(Unpooled.wrappedBuffer(inc)));
      } else if (full != null) {
        current = OsdMap.decode(Unpooled.wrappedBuffer(full));
      } else {
        return;
      }
    }
  }

  private void releaseWaiters() {
    for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
      Waiter w = it.next();
      if (w.future.isDone()) {
        it.remove();
      } else if (current.epoch() >= w.epoch) {
        it.remove();
        w.future.complete(current);
      }
    }
  }

  /** Fails every waiter; the client is closing. */
  void failWaiters(Throwable cause) {
    for (Waiter w : waiters) {
      w.future.completeExceptionally(cause);
    }
    waiters.clear();
  }

  private record Waiter(long epoch, CompletableFuture<OsdMap> future) {}
}
