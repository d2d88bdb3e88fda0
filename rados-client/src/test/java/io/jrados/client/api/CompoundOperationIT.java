package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Several ops on one object applied atomically, checked with the rados tool as the oracle. */
@ExtendWith(CephClusterExtension.class)
class CompoundOperationIT {
  private static final String POOL = "compound";
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
  void aWriteOperationAppliesEveryChange(CephCluster c) {
    io.operate(
        "doc",
        new WriteOperation()
            .create(true)
            .writeFull(bytes("body"))
            .setXattr("version", bytes("1"))
            .omapSet(Map.of("k", bytes("v"))));
    assertThat(c.rados("-p", POOL, "getxattr", "doc", "version").requireOk().stdout())
        .isEqualTo("1");
    assertThat(c.rados("-p", POOL, "listomapkeys", "doc").requireOk().stdout().strip())
        .isEqualTo("k");
    ReadOperation read = new ReadOperation();
    ReadOperation.Result<ObjectStat> stat = read.stat();
    ReadOperation.Result<byte[]> data = read.read(0, 100);
    ReadOperation.Result<byte[]> version = read.getXattr("version");
    io.operate("doc", read);
    assertThat(stat.get().size()).isEqualTo(4);
    assertThat(data.get()).isEqualTo(bytes("body"));
    assertThat(version.get()).isEqualTo(bytes("1"));
  }

  @Test
  void aFailedComparisonAppliesNothing() {
    io.operate("guarded", new WriteOperation().writeFull(bytes("old")).setXattr("v", bytes("1")));
    WriteOperation update =
        new WriteOperation()
            .cmpXattr("v", CmpOp.EQ, bytes("2"))
            .writeFull(bytes("new"))
            .setXattr("v", bytes("3"));
    assertThatThrownBy(() -> io.operate("guarded", update))
        .isInstanceOfSatisfying(
            ObjectOperationException.class, e -> assertThat(e.errno()).isEqualTo(125))
        .hasMessageContaining("ECANCELED");
    assertThat(io.read("guarded", 0, 10)).isEqualTo(bytes("old"));
    assertThat(io.getXattr("guarded", "v")).isEqualTo(bytes("1"));
    io.operate(
        "guarded",
        new WriteOperation().cmpXattr("v", CmpOp.EQ, bytes("1")).writeFull(bytes("new")));
    assertThat(io.read("guarded", 0, 10)).isEqualTo(bytes("new"));
  }

  @Test
  void anExclusiveCreateInACompoundFailsTheWholeOperation() {
    io.writeFull("taken", bytes("mine"));
    assertThatThrownBy(
            () -> io.operate("taken", new WriteOperation().create(true).writeFull(bytes("theirs"))))
        .isInstanceOf(ObjectExistsException.class);
    assertThat(io.read("taken", 0, 10)).isEqualTo(bytes("mine"));
  }

  @Test
  void assertExistsGuardsAWrite() {
    assertThatThrownBy(
            () -> io.operate("absent", new WriteOperation().assertExists().writeFull(bytes("x"))))
        .isInstanceOf(ObjectNotFoundException.class);
    assertThatThrownBy(() -> io.stat("absent")).isInstanceOf(ObjectNotFoundException.class);
  }

  @Test
  void cmpExtComparesBytesInPlace() {
    io.writeFull("ext", bytes("abcdef"));
    ReadOperation ok = new ReadOperation().cmpExt(2, bytes("cd"));
    ReadOperation.Result<byte[]> tail = ok.read(4, 2);
    io.operate("ext", ok);
    assertThat(tail.get()).isEqualTo(bytes("ef"));
    assertThatThrownBy(() -> io.operate("ext", new ReadOperation().cmpExt(2, bytes("cX"))))
        .isInstanceOf(ObjectOperationException.class)
        .hasMessageContaining("first difference at byte 1 of the compared extent");
  }

  @Test
  void objectClassesRunOnTheOsd(CephCluster c) {
    // cls "hello" ships with Ceph's OSD packages: say_hello (a read method, so the object must
    // exist) returns "Hello, <input>!".
    io.writeFull("hello-target", bytes("x"));
    byte[] out = io.exec("hello-target", "hello", "say_hello", bytes("jrados"));
    assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("Hello, jrados!");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
