package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectClone;
import io.jrados.client.api.PoolSnapshotInfo;
import io.jrados.client.api.RadosException;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The rados tool's pool snapshot commands, with its output and messages: {@code mksnap NAME},
 * {@code rmsnap NAME}, {@code lssnap}, {@code rollback OBJ NAME} and {@code listsnaps OBJ}. Reading
 * at a snapshot is the {@code -s NAME} option, which {@link JradosCli} applies to the pool's I/O
 * context.
 */
final class SnapCommands {
  static final Set<String> COMMANDS = Set.of("mksnap", "rmsnap", "lssnap", "rollback", "listsnaps");

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
      case "listsnaps" -> w.size() >= 2 ? listsnaps(w.get(1)) : usage();
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

  /**
   * rados' plain listing: a header, then a line per clone (id, its snapshots or "-", size, overlap)
   * and the head's (no overlap, and no line end of its own: the closing empty line ends it).
   */
  private int listsnaps(String oid) {
    List<ObjectClone> clones;
    try {
      clones = io.objectClones(oid);
    } catch (RadosException | IllegalArgumentException e) {
      return failed("error listing snap shots " + io.poolName() + "/" + oid + ": ", e);
    }
    StringBuilder b = new StringBuilder();
    b.append(oid).append(":\n").append("cloneid\tsnaps\tsize\toverlap\n");
    for (ObjectClone c : clones) {
      b.append(c.isHead() ? "head" : Long.toUnsignedString(c.id())).append('\t');
      if (c.snapshots().isEmpty()) {
        b.append('-');
      }
      for (int i = 0; i < c.snapshots().size(); i++) {
        b.append(i == 0 ? "" : ",").append(Long.toUnsignedString(c.snapshots().get(i)));
      }
      b.append('\t').append(c.size());
      if (!c.isHead()) {
        b.append("\t[");
        for (int i = 0; i < c.overlap().size(); i++) {
          ObjectClone.Range r = c.overlap().get(i);
          b.append(i == 0 ? "" : ",").append(r.offset()).append('~').append(r.length());
        }
        b.append("]\n");
      }
    }
    CommandLineBytes.println(out, b.toString());
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
