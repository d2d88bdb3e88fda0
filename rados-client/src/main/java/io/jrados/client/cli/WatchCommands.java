package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.NotifyEvent;
import io.jrados.client.api.NotifyResult;
import io.jrados.client.api.RadosException;
import io.jrados.client.api.Watch;
import io.jrados.client.api.WatchListener;
import io.jrados.client.api.WatcherId;
import io.jrados.client.api.WatcherInfo;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rados tool's watch commands, with its output and messages: {@code listwatchers OBJ}, {@code
 * watch OBJ} (prints each notify and answers it with the notify's own bytes, until a line or the
 * end of stdin) and {@code notify OBJ MESSAGE} (sends the message as a Ceph string, waits 10 s, and
 * prints each watcher's reply, or that it timed out).
 */
final class WatchCommands {
  static final Set<String> COMMANDS = Set.of("listwatchers", "watch", "notify");

  /** rados notify's fixed timeout. */
  private static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(10);

  private final IoCtx io;
  private final List<String> w;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  WatchCommands(IoCtx io, List<String> words, InputStream in, PrintStream out, PrintStream err) {
    this.io = io;
    this.w = words;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run() {
    return switch (w.get(0)) {
      case "listwatchers" -> w.size() >= 2 ? listWatchers(w.get(1)) : usage();
      case "watch" -> w.size() >= 2 ? watch(w.get(1)) : usage();
      default -> w.size() >= 3 ? notify(w.get(1), w.get(2)) : usage();
    };
  }

  private int usage() {
    err.print(Usage.TEXT);
    return 1;
  }

  private int listWatchers(String oid) {
    List<WatcherInfo> watchers;
    try {
      watchers = io.listWatchers(oid);
    } catch (RadosException | IllegalArgumentException e) {
      // rados words this one alone, without its closing "error N" line.
      CommandLineBytes.println(
          err,
          "error listing watchers "
              + io.poolName()
              + "/"
              + oid
              + ": "
              + StrError.of(ObjectCommands.errno(e)));
      return 1;
    }
    for (WatcherInfo x : watchers) {
      out.println("watcher=" + x.address() + " " + x.watcher() + " cookie=" + x.cookie());
    }
    return 0;
  }

  private int watch(String oid) {
    Watch watch;
    try {
      watch =
          io.watch(
              oid,
              new WatchListener() {
                @Override
                public byte[] onNotify(NotifyEvent event) {
                  synchronized (out) {
                    out.println(
                        "NOTIFY cookie "
                            + event.watchCookie()
                            + " notify_id "
                            + event.notifyId()
                            + " from "
                            + event.notifierGid());
                    out.print(HexDump.of(event.payload()));
                    out.flush();
                  }
                  return event.payload(); // rados answers with the notify's own bytes
                }

                @Override
                public void onError(long watchCookie, RadosException error) {
                  synchronized (out) {
                    out.println(
                        "ERROR cookie "
                            + watchCookie
                            + " err "
                            + StrError.of(error.errno() == 0 ? 107 : error.errno()));
                    out.flush();
                  }
                }
              });
    } catch (RadosException | IllegalArgumentException e) {
      return failed("error calling watch: ", ObjectCommands.errno(e));
    }
    synchronized (out) {
      out.println("press enter to exit...");
      out.flush();
    }
    try {
      in.read(); // rados waits for one character (getchar), or the end of its input
    } catch (IOException e) {
      // stdin closed under us: stop watching, as at its end
    }
    try {
      watch.close();
    } catch (RadosException e) {
      return failed("error calling unwatch: ", e.errno() == 0 ? 5 : e.errno());
    }
    return 0;
  }

  private int notify(String oid, String message) {
    // rados encodes its message as a Ceph string: a u32 length, then the bytes.
    byte[] text = SurrogateEscape.encode(message);
    ByteBuf buf = Unpooled.buffer(4 + text.length);
    new CephEncoder(buf).bufferlist(text);
    byte[] payload = ByteBufUtil.getBytes(buf);
    NotifyResult result;
    try {
      result = io.notify(oid, payload, NOTIFY_TIMEOUT);
    } catch (RadosException | IllegalArgumentException e) {
      return failed("error calling notify: ", ObjectCommands.errno(e));
    }
    if (!result.complete()) {
      err.println("error calling notify: " + StrError.of(110));
    }
    for (Map.Entry<WatcherId, byte[]> reply : result.replies().entrySet()) {
      WatcherId id = reply.getKey();
      out.println(
          "reply client."
              + id.gid()
              + " cookie "
              + id.cookie()
              + " : "
              + reply.getValue().length
              + " bytes");
      out.print(HexDump.of(reply.getValue()));
    }
    for (WatcherId id : result.timedOut()) {
      out.println("timeout client." + id.gid() + " cookie " + id.cookie());
    }
    if (!result.complete()) {
      out.flush();
      err.println("error 110: " + StrError.of(110));
      return 1;
    }
    return 0;
  }

  /** rados' two lines for a failed watch or notify: its own words, then "error N: ...". */
  private int failed(String prefix, int errno) {
    err.println(prefix + StrError.of(errno));
    err.println("error " + errno + ": " + StrError.of(errno));
    return 1;
  }
}
