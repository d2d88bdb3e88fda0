package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectCursor;
import io.jrados.client.api.ObjectEntry;
import io.jrados.client.api.ObjectNotFoundException;
import io.jrados.client.api.ObjectPage;
import io.jrados.client.api.ObjectStat;
import io.jrados.client.api.OmapPage;
import io.jrados.client.api.OmapRawPage;
import io.jrados.client.api.RadosClient;
import io.jrados.client.api.ReadOperation;
import io.jrados.client.api.WriteOperation;
import io.jrados.client.cli.ToolRunner.Result;
import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.osd.OmapOps;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ceph's names are byte strings: omap keys and object names need not be UTF-8 (RGW's bucket indexes
 * use such keys). Omap keys cross between librados and jrados unchanged: written through librados
 * (python3-rados, which passes bytes through) and read with jrados' raw-key methods, written by
 * jrados and listed by the {@code rados} tool, byte for byte; and jrados' own listomapkeys and
 * listomapvals print what rados prints. A listing whose page ends at such an object name goes on
 * from there, neither skipping nor repeating objects; and such objects, made by rados, are read,
 * written and removed by their exact bytes.
 */
@ExtendWith(CephClusterExtension.class)
class ByteStringNamesIT {
  private static final String POOL = "binary-omap";

  /** Sets omap entries given as hex key, hex value pairs on one object through librados. */
  private static final String LIBRADOS_SET =
      String.join(
          "\n",
          "import sys, rados",
          "conf, pool, obj = sys.argv[1], sys.argv[2], sys.argv[3]",
          "pairs = [bytes.fromhex(x) for x in sys.argv[4:]]",
          "r = rados.Rados(conffile=conf)",
          "r.connect()",
          "io = r.open_ioctx(pool)",
          "with rados.WriteOpCtx() as op:",
          "    io.set_omap(op, tuple(pairs[0::2]), tuple(pairs[1::2]))",
          "    io.operate_write_op(op, obj)",
          "r.shutdown()",
          "");

  private static RadosClient client;
  private static IoCtx io;
  private static String conf;

  @BeforeAll
  static void open(CephCluster c) {
    c.createPool(POOL, 8);
    conf = c.confPath().toString();
    client =
        RadosClient.create(ClientOptions.fromArgs(new String[] {"-c", conf}, Map.of()).options());
    client.connect();
    io = client.ioCtx(POOL);
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
  }

  private static SortedMap<byte[], byte[]> entries() {
    SortedMap<byte[], byte[]> m = new TreeMap<>(OmapOps.KEY_ORDER);
    m.put(new byte[] {(byte) 0x80, 'a'}, bytes("rgw-style"));
    m.put(new byte[] {(byte) 0xff}, bytes("top byte"));
    m.put(new byte[] {'k', 0, 'z'}, bytes("with a NUL"));
    m.put(bytes("plain"), bytes("ascii"));
    m.put(bytes("café"), bytes("utf-8"));
    return m;
  }

  @Test
  void keysLibradosWritesAreReadExactly() {
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/python3", "-c", LIBRADOS_SET, conf, POOL, "by-librados"));
    // Not the key with a NUL: python3-rados passes keys to librados as C strings, which end there.
    SortedMap<byte[], byte[]> written = entries();
    written.remove(new byte[] {'k', 0, 'z'});
    written.forEach(
        (k, v) -> {
          command.add(hex(k));
          command.add(hex(v));
        });
    Result set = ToolRunner.process(command, new byte[0]);
    assertThat(set.exitCode()).as(set.stderr()).isZero();

    OmapRawPage page = io.omapGetValsRaw("by-librados", new byte[0], new byte[0], 100);
    assertThat(render(page.entries())).isEqualTo(render(written));
    OmapRawPage keys = io.omapGetKeysRaw("by-librados", new byte[] {'k'}, 100);
    assertThat(render(keys.entries()))
        .as("after 'k', in unsigned byte order")
        .isEqualTo("706c61696e= 8061= ff=");

    // The string methods give such keys as object names are given: each byte that is not UTF-8
    // as a lone surrogate, in the OSD's (byte) order, and take them back as the same bytes.
    String escaped80 = "\uDC80a";
    String escapedFf = "\uDCFF";
    assertThat(io.omapGetKeys("by-librados", "", 100).entries().keySet())
        .containsExactly("café", "plain", escaped80, escapedFf);
    OmapPage vals = io.omapGetVals("by-librados", "plain", "", 100);
    assertThat(vals.entries().keySet()).containsExactly(escaped80, escapedFf);
    assertThat(vals.entries().get(escaped80)).isEqualTo(bytes("rgw-style"));
    assertThat(io.omapGetValsByKeys("by-librados", Set.of(escapedFf)).get(escapedFf))
        .isEqualTo(bytes("top byte"));
    io.omapSet("by-librados", Map.of("\uDCFE", bytes("set as a string")));
    io.omapRmKeys("by-librados", Set.of(escaped80));
    Result listed = ToolRunner.rados(conf, new byte[0], "-p", POOL, "listomapkeys", "by-librados");
    // café, plain, then the single bytes 0xfe and 0xff, a line each.
    assertThat(hex(listed.stdout())).isEqualTo("636166c3a90a" + "706c61696e0a" + "fe0a" + "ff0a");
  }

  @Test
  void keysJradosWritesAreWhatRadosLists() {
    io.omapSetRaw("by-jrados", entries());
    Result theirs = ToolRunner.rados(conf, new byte[0], "-p", POOL, "listomapkeys", "by-jrados");
    assertThat(theirs.exitCode()).as(theirs.stderr()).isZero();
    StringBuilder expected = new StringBuilder();
    for (byte[] k : entries().keySet()) {
      expected.append(hex(k)).append("0a");
    }
    assertThat(hex(theirs.stdout())).isEqualTo(expected.toString());

    for (String cmd : List.of("listomapkeys", "listomapvals")) {
      Result rados = ToolRunner.rados(conf, new byte[0], "-p", POOL, cmd, "by-jrados");
      Result ours = ToolRunner.jrados(conf, new byte[0], "-p", POOL, cmd, "by-jrados");
      assertThat(ours.exitCode()).as(ours.stderr()).isZero();
      assertThat(hex(ours.stdout())).as(cmd).isEqualTo(hex(rados.stdout()));
    }

    io.omapRmKeysRaw("by-jrados", List.of(new byte[] {(byte) 0x80, 'a'}, new byte[] {'k', 0, 'z'}));
    Result after = ToolRunner.rados(conf, new byte[0], "-p", POOL, "listomapkeys", "by-jrados");
    assertThat(hex(after.stdout()))
        .isEqualTo(hex(bytes("café")) + "0a" + hex(bytes("plain")) + "0a" + "ff0a");
  }

  /**
   * Writes objects named by printf formats into a namespace with the rados tool: bash's printf
   * makes the bytes, which a JVM could not pass as arguments (python3-rados takes names as str).
   */
  private static final String RADOS_PUT_NAMES =
      "conf=$1 pool=$2 ns=$3; shift 3; for f in \"$@\"; do"
          + " rados -c \"$conf\" -p \"$pool\" -N \"$ns\" put \"$(printf \"$f\")\" /dev/null"
          + " || exit 1; done";

  /**
   * A listing page ends at a cursor naming the next object; when that name is not UTF-8 the cursor
   * must still go back to the OSD byte for byte, or the listing skips or repeats objects.
   */
  @Test
  void listingPastNamesThatAreNotUtf8NeitherSkipsNorRepeats() {
    List<String> command =
        new ArrayList<>(
            List.of("/bin/bash", "-c", RADOS_PUT_NAMES, "put", conf, POOL, "binary-names"));
    for (int i = 0; i < 40; i++) {
      command.add((i % 2 == 0 ? "ok-" : i % 4 == 1 ? "\\x80" : "\\xff") + i);
    }
    Result made = ToolRunner.process(command, new byte[0]);
    assertThat(made.exitCode()).as(made.stderr()).isZero();
    Result theirs = ToolRunner.rados(conf, new byte[0], "-p", POOL, "-N", "binary-names", "ls");
    assertThat(theirs.out().lines().count()).isEqualTo(40);

    IoCtx ns = io.withNamespace("binary-names");
    List<String> names = new ArrayList<>();
    List<String> nameBytes = new ArrayList<>();
    ObjectCursor cursor = ObjectCursor.BEGIN;
    for (int pages = 0; !cursor.isEnd() && pages < 200; pages++) {
      ObjectPage page = ns.listObjects(cursor, 1);
      page.entries().forEach(e -> names.add(e.name()));
      page.entries().forEach(e -> nameBytes.add(hex(e.nameBytes())));
      cursor = page.next();
    }
    assertThat(cursor.isEnd()).isTrue();
    assertThat(names).hasSize(40).doesNotHaveDuplicates();

    // The names' exact bytes, from the API and from `jrados ls`, are rados' own.
    List<String> radosLines = hexLines(theirs.stdout());
    assertThat(nameBytes).containsExactlyInAnyOrderElementsOf(radosLines);
    assertThat(radosLines).anyMatch(l -> l.startsWith("80")).anyMatch(l -> l.startsWith("ff"));
    Result ours = ToolRunner.jrados(conf, new byte[0], "-p", POOL, "-N", "binary-names", "ls");
    assertThat(ours.exitCode()).as(ours.stderr()).isZero();
    assertThat(hexLines(ours.stdout())).containsExactlyInAnyOrderElementsOf(radosLines);

    // And in JSON, in the listing's own order.
    Result theirJson =
        ToolRunner.rados(conf, new byte[0], "-p", POOL, "-N", "binary-names", "ls", "-f", "json");
    Result ourJson =
        ToolRunner.jrados(conf, new byte[0], "-p", POOL, "-N", "binary-names", "ls", "-f", "json");
    assertThat(ourJson.exitCode()).as(ourJson.stderr()).isZero();
    assertThat(hex(ourJson.stdout())).isEqualTo(hex(theirJson.stdout()));
  }

  /**
   * Writes objects with the rados tool, each holding its own name's bytes; arguments are "ns|name"
   * printf formats, so both may be bytes that are not UTF-8.
   */
  private static final String RADOS_PUT_OWN_NAMES =
      "conf=$1 pool=$2; shift 2; for s in \"$@\"; do ns=\"${s%%|*}\" f=\"${s#*|}\";"
          + " printf \"$f\" | rados -c \"$conf\" -p \"$pool\" -N \"$(printf \"$ns\")\""
          + " put \"$(printf \"$f\")\" - || exit 1; done";

  /**
   * Objects whose names or namespaces are not UTF-8, made by rados, are read, written and removed
   * by their exact bytes, and what jrados writes under such a name is what rados reads.
   */
  @Test
  void opsAddressObjectsByTheirExactBytes() {
    String ns = "byte-ops";
    Result made =
        ToolRunner.process(
            List.of(
                "/bin/bash",
                "-c",
                RADOS_PUT_OWN_NAMES,
                "put",
                conf,
                POOL,
                ns + "|\\x80one",
                ns + "|\\xff\\xfetwo",
                ns + "|plain",
                "\\x81ns|\\x80in-ns"),
            new byte[0]);
    assertThat(made.exitCode()).as(made.stderr()).isZero();

    // Found by a listing of every namespace, then read by their bytes: each holds its own name.
    byte[] otherNs = {(byte) 0x81, 'n', 's'};
    List<ObjectEntry> entries =
        io.withNamespace(IoCtx.ALL_NAMESPACES)
            .listObjects()
            .filter(
                e ->
                    Arrays.equals(e.namespaceBytes(), bytes(ns))
                        || Arrays.equals(e.namespaceBytes(), otherNs))
            .toList();
    assertThat(entries).hasSize(4);
    for (ObjectEntry e : entries) {
      ReadOperation op = new ReadOperation();
      ReadOperation.Result<byte[]> data = op.read(0, 100);
      ReadOperation.Result<ObjectStat> stat = op.stat();
      io.withNamespace(e.namespaceBytes()).operate(e.nameBytes(), op);
      assertThat(hex(data.get())).as(hex(e.nameBytes())).isEqualTo(hex(e.nameBytes()));
      assertThat(stat.get().size()).isEqualTo(e.nameBytes().length);
    }

    IoCtx inNs = io.withNamespace(ns);
    byte[] mine = {(byte) 0xfe, 'm', 'i', 'n', 'e'};
    inNs.operate(mine, new WriteOperation().writeFull(bytes("written by jrados")));
    Result got =
        ToolRunner.process(
            List.of(
                "/bin/bash",
                "-c",
                "rados -c \"$1\" -p \"$2\" -N \"$3\" get \"$(printf '\\xfemine')\" -",
                "get",
                conf,
                POOL,
                ns),
            new byte[0]);
    assertThat(got.exitCode()).as(got.stderr()).isZero();
    assertThat(got.out()).isEqualTo("written by jrados");

    byte[] one = {(byte) 0x80, 'o', 'n', 'e'};
    inNs.operate(one, new WriteOperation().remove());
    Result ls = ToolRunner.rados(conf, new byte[0], "-p", POOL, "-N", ns, "ls");
    assertThat(hexLines(ls.stdout()))
        .containsExactlyInAnyOrder(
            hex(new byte[] {(byte) 0xff, (byte) 0xfe, 't', 'w', 'o'}),
            hex(bytes("plain")),
            hex(mine));

    // Gone now; the error shows the bytes that are not UTF-8 rather than hiding them.
    ReadOperation gone = new ReadOperation();
    gone.stat();
    assertThatThrownBy(() -> inNs.operate(one, gone))
        .isInstanceOf(ObjectNotFoundException.class)
        .hasMessageContaining("'\\x80one'");
  }

  /**
   * Runs jrados in a JVM of its own, as bin/jrados does, each argument after the command made by
   * bash's printf from a format: a JVM cannot pass such bytes on a command line it starts.
   */
  private static final String JRADOS_WITH_BYTES =
      "java=$1 cp=$2 conf=$3 pool=$4 ns=$5 cmd=$6; shift 6; args=();"
          + " for a in \"$@\"; do args+=(\"$(printf \"$a\")\"); done;"
          + " exec \"$java\" -cp \"$cp\" io.jrados.client.cli.JradosCli -c \"$conf\""
          + " -p \"$pool\" -N \"$ns\" \"$cmd\" \"${args[@]}\"";

  /** The same for the rados tool. */
  private static final String RADOS_WITH_BYTES =
      "conf=$1 pool=$2 ns=$3; shift 3; args=();"
          + " for a in \"$@\"; do args+=(\"$(printf \"$a\")\"); done;"
          + " exec rados -c \"$conf\" -p \"$pool\" -N \"$ns\" \"${args[@]}\"";

  private static Result jradosProcess(String ns, byte[] stdin, String cmd, String... formats) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "/bin/bash",
                "-c",
                JRADOS_WITH_BYTES,
                "jrados",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"),
                conf,
                POOL,
                ns,
                cmd));
    command.addAll(List.of(formats));
    return ToolRunner.process(command, stdin);
  }

  private static Result radosProcess(String ns, String... formats) {
    List<String> command =
        new ArrayList<>(List.of("/bin/bash", "-c", RADOS_WITH_BYTES, "rados", conf, POOL, ns));
    command.addAll(List.of(formats));
    return ToolRunner.process(command, new byte[0]);
  }

  /** {@code jrados get/stat/put/rm} take such names from their command line as rados does. */
  @Test
  void theCliTakesSuchNamesAsTheyAre() {
    String ns = "byte-cli";
    Result made =
        ToolRunner.process(
            List.of("/bin/bash", "-c", RADOS_PUT_OWN_NAMES, "put", conf, POOL, ns + "|\\xfbsrc"),
            new byte[0]);
    assertThat(made.exitCode()).as(made.stderr()).isZero();
    byte[] src = {(byte) 0xfb, 's', 'r', 'c'};

    Result get = jradosProcess(ns, new byte[0], "get", "\\xfbsrc", "-");
    assertThat(get.exitCode()).as(get.stderr()).isZero();
    assertThat(hex(get.stdout())).isEqualTo(hex(src));

    Result ours = jradosProcess(ns, new byte[0], "stat", "\\xfbsrc");
    Result theirs = radosProcess(ns, "stat", "\\xfbsrc");
    assertThat(ours.exitCode()).as(ours.stderr()).isZero();
    // "pool/NAME mtime ..., size 4", NAME as its bytes; the mtimes are the same object's.
    assertThat(hex(ours.stdout())).isEqualTo(hex(theirs.stdout()));

    Result put = jradosProcess(ns, bytes("from the cli"), "put", "\\xfacli", "-");
    assertThat(put.exitCode()).as(put.stderr()).isZero();
    ReadOperation read = new ReadOperation();
    ReadOperation.Result<byte[]> data = read.read(0, 100);
    io.withNamespace(ns).operate(new byte[] {(byte) 0xfa, 'c', 'l', 'i'}, read);
    assertThat(new String(data.get(), StandardCharsets.UTF_8)).isEqualTo("from the cli");

    // rados shows a name that is not printable ASCII as "(binary key)", UTF-8 or not.
    io.withNamespace(ns).writeFull("café", bytes("utf-8 name"));
    Result ourStat = ToolRunner.jrados(conf, new byte[0], "-p", POOL, "-N", ns, "stat", "café");
    Result theirStat = ToolRunner.rados(conf, new byte[0], "-p", POOL, "-N", ns, "stat", "café");
    assertThat(ourStat.out()).startsWith(POOL + "/(binary key) mtime ").isEqualTo(theirStat.out());
    io.withNamespace(ns).remove("café");
    Result ourMiss = jradosProcess(ns, new byte[0], "stat", "\\xf9gone");
    assertThat(ourMiss.exitCode()).isEqualTo(1);
    assertThat(ourMiss.stderr())
        .isEqualTo(" error stat-ing " + POOL + "/(binary key): (2) No such file or directory\n");

    // Omap keys from the command line are bytes too.
    Result setKey = jradosProcess(ns, new byte[0], "setomapval", "\\xfbsrc", "\\x80key", "v1");
    assertThat(setKey.exitCode()).as(setKey.stderr()).isZero();
    assertThat(hex(radosProcess(ns, "listomapkeys", "\\xfbsrc").stdout())).isEqualTo("806b65790a");
    Result ourVal = jradosProcess(ns, new byte[0], "getomapval", "\\xfbsrc", "\\x80key");
    assertThat(ourVal.exitCode()).as(ourVal.stderr()).isZero();
    assertThat(ourVal.out())
        .isEqualTo(radosProcess(ns, "getomapval", "\\xfbsrc", "\\x80key").out());
    Result rmKey = jradosProcess(ns, new byte[0], "rmomapkey", "\\xfbsrc", "\\x80key");
    assertThat(rmKey.exitCode()).as(rmKey.stderr()).isZero();
    assertThat(radosProcess(ns, "listomapkeys", "\\xfbsrc").stdout()).isEmpty();
    // And xattr names.
    Result setAttr = jradosProcess(ns, new byte[0], "setxattr", "\\xfbsrc", "\\x80attr", "v");
    assertThat(setAttr.exitCode()).as(setAttr.stderr()).isZero();
    Result theirAttrs = radosProcess(ns, "listxattr", "\\xfbsrc");
    assertThat(hex(theirAttrs.stdout())).isEqualTo("80617474720a");
    assertThat(hex(jradosProcess(ns, new byte[0], "listxattr", "\\xfbsrc").stdout()))
        .isEqualTo(hex(theirAttrs.stdout()));
    assertThat(radosProcess(ns, "getxattr", "\\xfbsrc", "\\x80attr").out()).isEqualTo("v");
    assertThat(jradosProcess(ns, new byte[0], "getxattr", "\\xfbsrc", "\\x80attr").out())
        .isEqualTo("v");
    // Through the API: the listed name, as a String, addresses the same attribute.
    SortedMap<String, byte[]> attrs = io.withNamespace(ns).getXattrs(SurrogateEscape.decode(src));
    assertThat(attrs.keySet()).containsExactly("\uDC80attr");
    Result rmAttr = jradosProcess(ns, new byte[0], "rmxattr", "\\xfbsrc", "\\x80attr");
    assertThat(rmAttr.exitCode()).as(rmAttr.stderr()).isZero();
    assertThat(radosProcess(ns, "listxattr", "\\xfbsrc").stdout()).isEmpty();

    Result rm = jradosProcess(ns, new byte[0], "rm", "\\xfacli");
    assertThat(rm.exitCode()).as(rm.stderr()).isZero();
    Result ls = ToolRunner.rados(conf, new byte[0], "-p", POOL, "-N", ns, "ls");
    assertThat(hexLines(ls.stdout())).containsExactly(hex(src));
  }

  /** Each newline-ended line of a tool's output, in hex. */
  private static List<String> hexLines(byte[] out) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\n') {
        lines.add(hex(Arrays.copyOfRange(out, start, i)));
        start = i + 1;
      }
    }
    assertThat(start).as("output ends with a newline").isEqualTo(out.length);
    return lines;
  }

  /** "keyhex=valuehex" pairs in order, for comparing maps of arrays. */
  private static String render(SortedMap<byte[], byte[]> m) {
    List<String> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(hex(k) + "=" + (v.length == 0 ? "" : hex(v))));
    return String.join(" ", out);
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x & 0xff));
    }
    return s.toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
