package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-managed snapshots (the kind RBD uses) against a real cluster, with librados (python3-rados)
 * as the other side: ids jrados allocates protect what librados reads at them, and the reverse;
 * writes carry the snap context they are given, rollbacks restore, removals are idempotent as in
 * librados, and a pool of the other kind refuses clearly.
 */
@ExtendWith(CephClusterExtension.class)
class SelfManagedSnapshotIT {
  /**
   * librados steps, one per argument: {@code mksnap} prints a new snapshot id; {@code ctx:ID,ID}
   * sets the write snap context; {@code put:OBJ:TEXT} writes; {@code get:SNAP:OBJ} prints what is
   * read at a snapshot (or "head"), or ENOENT.
   */
  private static final String LIBRADOS =
      String.join(
          "\n",
          "import sys, rados",
          "r = rados.Rados(conffile=sys.argv[1])",
          "r.connect()",
          "io = r.open_ioctx(sys.argv[2])",
          "for step in sys.argv[3:]:",
          "    kind, _, rest = step.partition(':')",
          "    if kind == 'mksnap':",
          "        print(io.create_self_managed_snap())",
          "    elif kind == 'ctx':",
          "        io.set_self_managed_snap_write([int(x) for x in rest.split(',') if x])",
          "    elif kind == 'put':",
          "        obj, _, text = rest.partition(':')",
          "        io.write_full(obj, text.encode())",
          "    elif kind == 'get':",
          "        snap, _, obj = rest.partition(':')",
          "        io.set_read(rados.LIBRADOS_SNAP_HEAD if snap == 'head' else int(snap))",
          "        try:",
          "            print(io.read(obj).decode())",
          "        except rados.ObjectNotFound:",
          "            print('ENOENT')",
          "r.shutdown()",
          "");

  private static RadosClient client;
  private static String conf;

  @BeforeAll
  static void open(CephCluster c) {
    client = MonSessionIT.connect(c);
    conf = c.confPath().toString();
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Runs the librados steps on {@code pool}; its output lines. */
  private static List<String> librados(String pool, String... steps)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c", LIBRADOS, conf, pool));
    command.addAll(List.of(steps));
    // Output goes to a file, so a librados that hangs is stopped at the deadline rather than
    // blocking a read of its pipe.
    Path out = Files.createTempFile("librados", ".out");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      String text = Files.readString(out);
      assertThat(p.isAlive()).as("librados still running after 60 s: " + text).isFalse();
      assertThat(p.exitValue()).as(text).isZero();
      return text.lines().toList();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void snapshotsJradosTakesKeepWhatLibradosReadsAtThem(CephCluster c) throws Exception {
    c.createPool("smsnap", 8);
    IoCtx io = client.ioCtx("smsnap");
    io.writeFull("doc", utf8("v1"));
    long s1 = io.createSelfManagedSnapshot();
    assertThat(s1).isPositive();
    // Until a write's context names s1, the OSD keeps nothing for it.
    IoCtx writer = io.withWriteSnapContext(SnapContext.of(List.of(s1)));
    assertThat(writer.writeSnapContext()).isEqualTo(new SnapContext(s1, List.of(s1)));
    writer.writeFull("doc", utf8("v2, longer"));

    assertThat(io.withReadSnapshot(s1).read("doc", 0, 100)).isEqualTo(utf8("v1"));
    assertThat(io.read("doc", 0, 100)).isEqualTo(utf8("v2, longer"));
    assertThat(librados("smsnap", "get:" + s1 + ":doc", "get:head:doc"))
        .containsExactly("v1", "v2, longer");
    assertThat(io.objectClones("doc"))
        .containsExactly(
            new ObjectClone(s1, List.of(s1), List.of(), 2),
            new ObjectClone(IoCtx.HEAD, List.of(), List.of(), 10));

    // A second snapshot, then a write that names both; librados reads each version.
    long s2 = io.createSelfManagedSnapshot();
    assertThat(s2).isGreaterThan(s1);
    IoCtx writer2 = io.withWriteSnapContext(SnapContext.of(List.of(s1, s2)));
    writer2.writeFull("doc", utf8("v3"));
    assertThat(librados("smsnap", "get:" + s1 + ":doc", "get:" + s2 + ":doc", "get:head:doc"))
        .containsExactly("v1", "v2, longer", "v3");

    writer2.rollback("doc", s1);
    assertThat(io.read("doc", 0, 100)).isEqualTo(utf8("v1"));
    assertThat(librados("smsnap", "get:head:doc")).containsExactly("v1");

    io.removeSelfManagedSnapshot(s1);
    io.removeSelfManagedSnapshot(s1); // again: librados too reports success
    io.removeSelfManagedSnapshot(s2);

    // The pool now takes self-managed snapshots only.
    assertThatThrownBy(() -> io.createSnapshot("named"))
        .isInstanceOf(RadosException.class)
        .hasMessageContaining("unmanaged snaps mode")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(22));
  }

  @Test
  void snapshotsLibradosTakesAreReadAndKeptByJrados() throws Exception {
    String pool = "smsnap-lib";
    client.createPool(pool, 8);
    List<String> out = librados(pool, "put:obj:before", "mksnap");
    long theirs = Long.parseLong(out.get(0));
    librados(pool, "ctx:" + theirs, "put:obj:after");

    IoCtx io = client.ioCtx(pool);
    assertThat(io.withReadSnapshot(theirs).read("obj", 0, 100)).isEqualTo(utf8("before"));
    assertThat(io.read("obj", 0, 100)).isEqualTo(utf8("after"));

    long mine = io.createSelfManagedSnapshot();
    assertThat(mine).isGreaterThan(theirs);
    io.withWriteSnapContext(SnapContext.of(List.of(theirs, mine))).writeFull("obj", utf8("latest"));
    assertThat(librados(pool, "get:" + theirs + ":obj", "get:" + mine + ":obj", "get:head:obj"))
        .containsExactly("before", "after", "latest");
    // An object written after a snapshot was not there at it.
    io.withWriteSnapContext(SnapContext.of(List.of(theirs, mine))).writeFull("new", utf8("x"));
    assertThat(librados(pool, "get:" + mine + ":new")).containsExactly("ENOENT");
    assertThatThrownBy(() -> io.withReadSnapshot(mine).read("new", 0, 10))
        .isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void refusalsSayWhy(CephCluster c) {
    c.createPool("named-snaps", 8);
    IoCtx named = client.ioCtx("named-snaps");
    named.createSnapshot("n1");
    assertThatThrownBy(named::createSelfManagedSnapshot)
        .isInstanceOf(RadosException.class)
        .hasMessageContaining("creating a self-managed snapshot in pool 'named-snaps' failed")
        .hasMessageContaining("EINVAL")
        .hasMessageContaining("has pool snapshots")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(22));

    c.createPool("fresh-snaps", 8);
    IoCtx fresh = client.ioCtx("fresh-snaps");
    assertThatThrownBy(() -> fresh.removeSelfManagedSnapshot(5))
        .isInstanceOf(RadosException.class)
        .hasMessageContaining("removing self-managed snapshot 5 of pool 'fresh-snaps' failed")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(95));
    long s = fresh.createSelfManagedSnapshot();
    assertThatThrownBy(() -> fresh.removeSelfManagedSnapshot(s + 1000))
        .hasMessageContaining("ENOENT")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(2));

    // A client whose caps only read the pool may not allocate ids in it.
    String key =
        c.ceph(
                "auth",
                "get-or-create-key",
                "client.snapreader",
                "mon",
                "allow r",
                "osd",
                "allow r pool=fresh-snaps")
            .requireOk()
            .stdout()
            .strip();
    try (RadosClient reader =
        MonSessionIT.connect(c, "--id", "snapreader", "--key", key, "--keyring", "/dev/null")) {
      assertThatThrownBy(() -> reader.ioCtx("fresh-snaps").createSelfManagedSnapshot())
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("EPERM")
          .hasMessageContaining("caps")
          .hasMessageNotContaining(key)
          .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(1));
    }

    assertThatThrownBy(() -> new SnapContext(3, List.of(2L, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EINVAL");
  }
}
