package io.jrados.client.internal.osd;

import io.jrados.client.api.ConnectionClosedException;
import io.jrados.client.api.NotifyResult;
import io.jrados.client.api.RadosTimeoutException;
import io.jrados.client.api.WatcherId;
import io.jrados.client.internal.util.Causes;
import io.jrados.protocol.messages.MWatchNotify;
import io.jrados.protocol.osd.OsdOpFlags;
import io.jrados.protocol.osd.WatchOps;
import io.jrados.protocol.osdmap.OsdMap;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's notifies in flight. A notify is one NOTIFY op, whose reply gives the notify's id,
 * then a NOTIFY_COMPLETE event with the watchers' replies, which the OSD sends on the connection
 * the op came by. If that connection drops, or the object moves to another primary, before the
 * completion came, the notify is sent again, as librados does (watchers may then see it twice).
 * Driven by {@link Watches}, on the event loop.
 */
final class Notifies {
  private static final Logger log = LoggerFactory.getLogger(Notifies.class);

  /** How long past its own timeout a notify waits for the OSD's completion. */
  static final Duration NOTIFY_GRACE = Duration.ofSeconds(30);

  private static final int ETIMEDOUT = 110;

  private final Objecter objecter;
  private final EventExecutor loop;
  private final Map<Long, NotifyState> notifies = new HashMap<>();

  Notifies(Objecter objecter, EventExecutor loop) {
    this.objecter = objecter;
    this.loop = loop;
  }

  /** One notify awaiting its completion. */
  private static final class NotifyState {
    final long cookie;
    final ObjectRef object;
    final long timeoutSeconds;
    final byte[] payload;
    final CompletableFuture<NotifyResult> out;

    int attempt;
    boolean acked;
    long notifyId;
    int osd = -1;
    MWatchNotify completion;
    byte[] completionData;
    ScheduledFuture<?> deadline;

    NotifyState(
        long cookie,
        ObjectRef object,
        long timeoutSeconds,
        byte[] payload,
        CompletableFuture<NotifyResult> out) {
      this.cookie = cookie;
      this.object = object;
      this.timeoutSeconds = timeoutSeconds;
      this.payload = payload;
      this.out = out;
    }
  }

  /** Sends a notify with the client-unique {@code cookie}; {@code out} gets its outcome. */
  void start(
      long cookie,
      ObjectRef object,
      byte[] payload,
      long timeoutSeconds,
      CompletableFuture<NotifyResult> out) {
    NotifyState n = new NotifyState(cookie, object, timeoutSeconds, payload, out);
    notifies.put(n.cookie, n);
    sendNotify(n);
  }

  private void sendNotify(NotifyState n) {
    int attempt = ++n.attempt;
    n.acked = false;
    n.notifyId = 0;
    n.completion = null;
    n.completionData = null;
    if (n.deadline != null) {
      n.deadline.cancel(false);
      n.deadline = null;
    }
    OsdOpSpec spec =
        n.object.spec(
            List.of(WatchOps.notify(n.cookie, n.timeoutSeconds, n.payload)),
            OsdOpFlags.READ,
            false,
            "notify");
    objecter
        .submit(spec)
        .whenComplete(
            (r, e) -> {
              if (n.attempt != attempt || n.out.isDone()) {
                if (r != null) {
                  r.release();
                }
                if (n.out.isDone()) {
                  finish(n, null, null); // the caller gave up (cancelled): forget it
                }
                return;
              }
              if (e != null) {
                finish(n, null, Causes.unwrap(e));
                return;
              }
              try {
                if (r.result() < 0) {
                  finish(n, null, n.object.failure(r.result(), "notify"));
                  return;
                }
                n.notifyId = WatchOps.parseNotifyId(r.ops().get(0).outdata());
                n.acked = true;
                n.osd = r.osd();
                if (n.completion != null && n.completion.notifyId() != n.notifyId) {
                  n.completion = null; // from an earlier attempt
                }
                if (n.completion != null) {
                  completeNotify(n);
                } else {
                  Duration wait = Watches.notifyDeadline(Duration.ofSeconds(n.timeoutSeconds));
                  n.deadline =
                      loop.schedule(
                          () ->
                              finish(
                                  n,
                                  null,
                                  new RadosTimeoutException(
                                      "the completion of notify "
                                          + n.notifyId
                                          + " on "
                                          + n.object.describe(),
                                      wait)),
                          wait.toNanos(),
                          TimeUnit.NANOSECONDS);
                }
              } catch (RuntimeException x) {
                finish(n, null, x);
              } finally {
                r.release();
              }
            });
  }

  private void completeNotify(NotifyState n) {
    int rc = n.completion.returnCode();
    if (rc < 0 && rc != -ETIMEDOUT) {
      finish(n, null, n.object.failure(rc, "notify"));
      return;
    }
    WatchOps.NotifyReplies replies = WatchOps.parseNotifyReplies(n.completionData);
    Map<WatcherId, byte[]> acks = new LinkedHashMap<>();
    replies.acks().forEach((id, reply) -> acks.put(new WatcherId(id.gid(), id.cookie()), reply));
    List<WatcherId> missed = new ArrayList<>();
    replies.missed().forEach(id -> missed.add(new WatcherId(id.gid(), id.cookie())));
    finish(n, new NotifyResult(acks, missed), null);
  }

  private void finish(NotifyState n, NotifyResult result, Throwable error) {
    notifies.remove(n.cookie);
    if (n.deadline != null) {
      n.deadline.cancel(false);
    }
    if (error != null) {
      n.out.completeExceptionally(error);
    } else if (result != null) {
      n.out.complete(result);
    }
  }

  /** A NOTIFY_COMPLETE: the end of one of our notifies, if it is for its current attempt. */
  void onComplete(OsdSession s, MWatchNotify m, byte[] data) {
    NotifyState n = notifies.get(m.cookie());
    if (n == null || (n.notifyId != 0 && n.notifyId != m.notifyId())) {
      log.debug("{} from {} for no notify of ours", m, s);
      return;
    }
    n.completion = m;
    n.completionData = data;
    if (n.acked) {
      try {
        completeNotify(n);
      } catch (RuntimeException x) {
        finish(n, null, x); // replies that do not parse
      }
    }
  }

  /** The connection to {@code osd} dropped: notifies it took and did not complete go again. */
  void sessionReset(int osd) {
    for (NotifyState n : new ArrayList<>(notifies.values())) {
      if (n.acked && n.osd == osd && n.completion == null) {
        sendNotify(n);
      }
    }
  }

  /** A new map: notifies whose object moved to another primary go again, to it. */
  void mapChanged(OsdMap map) {
    for (NotifyState n : new ArrayList<>(notifies.values())) {
      int primary = n.object.primaryIn(map);
      if (n.acked && n.completion == null && primary >= 0 && primary != n.osd) {
        sendNotify(n);
      }
    }
  }

  /** Fails every notify: the client is closing. */
  void close() {
    for (NotifyState n : new ArrayList<>(notifies.values())) {
      finish(n, null, new ConnectionClosedException("the client was closed"));
    }
  }
}
