package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.PoolSnapshotInfo;
import io.jrados.client.api.RadosException;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The rados tool's pool snapshot commands, with its output and messages: {@code mksnap NAME},
 * {@code rmsnap NAME}, {@code lssnap} and {@code rollback OBJ NAME}. Reading at a snapshot is the
 * {@code -s NAME} option, which {@link JradosCli} applies to the pool's I/O context.
 */
final class SnapCommands {
  static final Set<String> COMMANDS = Set.of("mksnap", "rmsnap", "lssnap", "rollback");

  /** lssnap's stamp: local time, as rados prints it with localtime_r. */
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss");

  private final IoCtx io;
  private final List<String> w;
  private final PrintStream out;
  private final PrintStream err;

  SnapCommands(IoCtx io, List<String> words, PrintStream out, PrintStream err) {
    this.io = io;
    this.w = words;
    this.out = out;
    this.err = err;
  }

  int run() {
    return switch (w.get(0)) {
      case "mksnap" -> w.size() >= 2 ? mksnap(w.get(1)) : usage();
      case "rmsnap" -> w.size() >= 2 ? rmsnap(w.get(1)) : usage();
      case "lssnap" -> w.size() == 1 ? lssnap() : usage();
      default -> w.size() >= 3 ? rollback(w.get(1), w.get(2)) : usage();
    };
  }

  private int usage() {
    err.print(Usage.TEXT);
    return 1;
  }

  private int mksnap(String name) {
    try {
      io.createSnapshot(name);
    } catch (RadosException e) {
      return failed("error creating pool " + io.poolName() + " snapshot " + name + ": ", e);
    }
    out.println("created pool " + io.poolName() + " snap " + name);
    return 0;
  }

  private int rmsnap(String name) {
    try {
      io.removeSnapshot(name);
    } catch (RadosException e) {
      return failed("error removing pool " + io.poolName() + " snapshot " + name + ": ", e);
    }
    out.println("removed pool " + io.poolName() + " snap " + name);
    return 0;
  }

  private int lssnap() {
    List<PoolSnapshotInfo> snaps = io.listSnapshots();
    for (PoolSnapshotInfo s : snaps) {
      String stamp = STAMP.format(s.stamp().atZone(ZoneId.systemDefault()));
      out.println(s.id() + "\t" + s.name() + "\t" + stamp);
    }
    out.println(snaps.size() + " snaps");
    return 0;
  }

  private int rollback(String oid, String name) {
    try {
      io.rollback(oid, name);
    } catch (RadosException | IllegalArgumentException e) {
      // rados names the object where the snapshot belongs, and puts no ": " before the error.
      return failed("error rolling back pool " + io.poolName() + " to snapshot " + oid, e);
    }
    out.println("rolled back pool " + io.poolName() + " to snapshot " + name);
    return 0;
  }

  private int failed(String prefix, RuntimeException e) {
    CommandLineBytes.println(err, prefix + StrError.of(ObjectCommands.errno(e)));
    return 1;
  }
}
