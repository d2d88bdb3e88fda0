package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each failure an object operation can meet, produced by the real cluster, arrives as its own
 * exception type carrying the errno, pool and object, with a message that names all three.
 */
@ExtendWith(CephClusterExtension.class)
class ObjectErrorsIT {
  private static final String POOL = "errors";
  private static RadosClient client;
  private static IoCtx io;

  @BeforeAll
  static void open(CephCluster c) {
    c.createPool(POOL, 8);
    client = MonSessionIT.connect(c);
    io = client.ioCtx(POOL);
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void aMissingObjectIsObjectNotFound() {
    assertThatThrownBy(() -> io.stat("no-such-object"))
        .isInstanceOfSatisfying(
            ObjectNotFoundException.class,
            e -> {
              assertThat(e.errno()).isEqualTo(2);
              assertThat(e.pool()).isEqualTo(POOL);
              assertThat(e.objectName()).isEqualTo("no-such-object");
            })
        .hasMessageContaining("stat on object 'no-such-object' in pool 'errors'")
        .hasMessageContaining("ENOENT");
    assertThatThrownBy(() -> io.withNamespace("ns1").remove("nothing"))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("namespace 'ns1'");
  }

  @Test
  void aMissingXattrIsEnodata() {
    io.writeFull("x", bytes("x"));
    assertThatThrownBy(() -> io.getXattr("x", "absent"))
        .isInstanceOfSatisfying(
            ObjectOperationException.class, e -> assertThat(e.errno()).isEqualTo(61))
        .hasMessageContaining("ENODATA");
  }

  @Test
  void aMissingPoolIsPoolNotFound() {
    assertThatThrownBy(() -> client.ioCtx("no-such-pool"))
        .isInstanceOfSatisfying(
            PoolNotFoundException.class, e -> assertThat(e.pool()).isEqualTo("'no-such-pool'"))
        .hasMessageContaining("pool 'no-such-pool' does not exist (ENOENT");
  }

  @Test
  void anExclusiveCreateOfAnExistingObjectIsObjectExists() {
    io.create("excl", true);
    assertThatThrownBy(() -> io.create("excl", true))
        .isInstanceOf(ObjectExistsException.class)
        .hasMessageContaining("EEXIST");
    io.create("excl", false); // not exclusive: fine
  }

  @Test
  void aWritePastTheMaximumObjectSizeIsObjectTooLarge() {
    // osd_max_object_size is 128 MiB: a byte written at 200 MiB would make the object larger.
    assertThatThrownBy(() -> io.write("huge", bytes("x"), 200L << 20))
        .isInstanceOfSatisfying(
            ObjectTooLargeException.class, e -> assertThat(e.errno()).isEqualTo(27))
        .hasMessageContaining("EFBIG");
  }

  @Test
  void capsThatForbidWritesGivePermissionDenied(CephCluster c) {
    String key =
        c.ceph(
                "auth",
                "get-or-create-key",
                "client.reader",
                "mon",
                "allow r",
                "osd",
                "allow r pool=" + POOL)
            .requireOk()
            .stdout()
            .strip();
    io.writeFull("readable", bytes("data"));
    try (RadosClient reader =
        MonSessionIT.connect(c, "--id", "reader", "--key", key, "--keyring", "/dev/null")) {
      IoCtx ro = reader.ioCtx(POOL);
      assertThat(ro.read("readable", 0, 10)).isEqualTo(bytes("data"));
      assertThatThrownBy(() -> ro.writeFull("readable", bytes("nope")))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("pool 'errors'")
          .hasMessageNotContaining(key);
    }
  }

  @Test
  void aPausedClusterMakesOpsTimeOutWithTheirDeadline(CephCluster c) {
    io.writeFull("paused", bytes("x"));
    try (RadosClient impatient = MonSessionIT.connect(c, "--rados_osd_op_timeout", "2")) {
      IoCtx p = impatient.ioCtx(POOL);
      c.ceph("osd", "pause").requireOk();
      try {
        long start = System.nanoTime();
        assertThatThrownBy(() -> p.read("paused", 0, 1))
            .isInstanceOf(RadosTimeoutException.class)
            .hasMessageContaining("timed out after 2000 ms")
            .hasMessageContaining("object 'paused' in pool 'errors'");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      } finally {
        c.ceph("osd", "unpause").requireOk();
      }
      assertThat(p.read("paused", 0, 1)).isEqualTo(bytes("x"));
    }
  }

  @Test
  void aPoolAtItsQuotaRefusesWritesAsClusterFull(CephCluster c) throws Exception {
    String pool = "quota";
    c.createPool(pool, 8);
    c.ceph("osd", "pool", "set-quota", pool, "max_objects", "1").requireOk();
    IoCtx q = client.ioCtx(pool);
    q.writeFull("first", bytes("1"));
    q.writeFull("second", bytes("2")); // the quota is enforced once the mgr's stats show it
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    ClusterFullException full = null;
    while (full == null && System.nanoTime() < deadline) {
      try {
        q.writeFull("more", bytes("3"));
        Thread.sleep(500);
      } catch (ClusterFullException e) {
        full = e;
      }
    }
    assertThat(full).as("a write refused for the quota within 90 s").isNotNull();
    assertThat(full.errno()).isEqualTo(122);
    assertThat(full).hasMessageContaining("quota").hasMessageContaining("pool 'quota'");
    // Reads still work.
    assertThat(q.read("first", 0, 1)).isEqualTo(bytes("1"));
    c.ceph("osd", "pool", "set-quota", pool, "max_objects", "0").requireOk();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
