package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pool snapshots against a real cluster, with the {@code rados} tool as the other side: snapshots
 * jrados takes are what rados lists and reads at, and the reverse; reads at a snapshot see the
 * object as it was; a rollback restores it; writes at a snapshot and unknown names fail clearly.
 */
@ExtendWith(CephClusterExtension.class)
class PoolSnapshotIT {
  private static RadosClient client;

  @BeforeAll
  static void open(CephCluster c) {
    client = MonSessionIT.connect(c);
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

  @Test
  void readsAtASnapshotSeeTheObjectAsItWas(CephCluster c) {
    c.createPool("psnap", 8);
    IoCtx io = client.ioCtx("psnap");
    io.writeFull("doc", utf8("first"));
    io.setXattr("doc", "v", utf8("1"));
    Instant before = Instant.now().minusSeconds(2);
    PoolSnapshotInfo s1 = io.createSnapshot("s1");
    assertThat(s1.name()).isEqualTo("s1");
    assertThat(s1.stamp()).isBetween(before, Instant.now().plusSeconds(2));
    io.writeFull("doc", utf8("second, longer"));
    io.setXattr("doc", "v", utf8("2"));
    io.writeFull("new", utf8("after the snapshot"));

    IoCtx atS1 = io.withReadSnapshot(s1.id());
    assertThat(atS1.readSnapshot()).isEqualTo(s1.id());
    assertThat(atS1.read("doc", 0, 100)).isEqualTo(utf8("first"));
    assertThat(atS1.stat("doc").size()).isEqualTo(5);
    assertThat(atS1.getXattr("doc", "v")).isEqualTo(utf8("1"));
    assertThatThrownBy(() -> atS1.stat("new"))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("at snapshot " + s1.id());
    assertThat(io.read("doc", 0, 100)).isEqualTo(utf8("second, longer"));
    assertThat(c.rados("-p", "psnap", "-s", "s1", "get", "doc", "-").requireOk().stdout())
        .isEqualTo("selected snap " + s1.id() + " 's1'\nfirst");

    assertThatThrownBy(() -> atS1.writeFull("doc", utf8("no")))
        .isInstanceOf(ObjectOperationException.class)
        .hasMessageContaining("EROFS")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(30));

    // The first write after s1 made a clone for it: 5 bytes, shares nothing with the head.
    assertThat(io.objectClones("doc"))
        .containsExactly(
            new ObjectClone(s1.id(), java.util.List.of(s1.id()), java.util.List.of(), 5),
            new ObjectClone(IoCtx.HEAD, java.util.List.of(), java.util.List.of(), 14));
    assertThat(io.objectClones("doc").get(1).isHead()).isTrue();

    io.rollback("doc", "s1");
    assertThat(io.read("doc", 0, 100)).isEqualTo(utf8("first"));
    assertThat(io.getXattr("doc", "v")).isEqualTo(utf8("1"));
    assertThat(c.rados("-p", "psnap", "get", "doc", "-").requireOk().stdout()).isEqualTo("first");
    // An object the snapshot did not have is removed by a rollback to it.
    io.rollback("new", "s1");
    assertThatThrownBy(() -> io.stat("new")).isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void snapshotsAreListedAndNamedAsRadosSeesThem(CephCluster c) {
    c.createPool("psnap2", 8);
    IoCtx io = client.ioCtx("psnap2");
    PoolSnapshotInfo mine = io.createSnapshot("by-jrados");
    c.rados("-p", "psnap2", "mksnap", "by-rados").requireOk();
    PoolSnapshotInfo theirs = io.lookupSnapshot("by-rados");
    assertThat(theirs.id()).isGreaterThan(mine.id());
    assertThat(io.listSnapshots()).containsExactly(mine, theirs);
    String listed = c.rados("-p", "psnap2", "lssnap").requireOk().stdout();
    assertThat(listed)
        .startsWith(mine.id() + "\tby-jrados\t")
        .contains("\n" + theirs.id() + "\tby-rados\t")
        .endsWith("2 snaps\n");

    assertThatThrownBy(() -> io.createSnapshot("by-rados"))
        .isInstanceOf(RadosException.class)
        .hasMessageContaining("already has a snapshot 'by-rados'")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(17));
    assertThatThrownBy(() -> io.lookupSnapshot("none"))
        .hasMessageContaining("pool 'psnap2' has no snapshot 'none'")
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(2));
    assertThatThrownBy(() -> io.rollback("x", "none"))
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(2));

    io.removeSnapshot("by-rados");
    io.removeSnapshot("by-jrados");
    assertThat(io.listSnapshots()).isEmpty();
    assertThat(c.rados("-p", "psnap2", "lssnap").requireOk().stdout()).isEqualTo("0 snaps\n");
    assertThatThrownBy(() -> io.removeSnapshot("by-jrados"))
        .satisfies(e -> assertThat(((RadosException) e).errno()).isEqualTo(2));
  }
}
