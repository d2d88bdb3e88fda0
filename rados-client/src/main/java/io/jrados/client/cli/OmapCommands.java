package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.OmapRawPage;
import io.jrados.client.api.ReadOperation;
import io.jrados.client.internal.util.SurrogateEscape;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The rados tool's xattr and omap commands with its output: attribute values raw, omap values and
 * headers as Ceph's hex dump, keys with unprintable bytes as a hex dump too, and its messages.
 */
final class OmapCommands {
  static final Set<String> COMMANDS =
      Set.of(
          "setxattr",
          "getxattr",
          "listxattr",
          "rmxattr",
          "setomapval",
          "getomapval",
          "listomapkeys",
          "listomapvals",
          "rmomapkey",
          "clearomap",
          "getomapheader",
          "setomapheader");

  /** Keys per omap page, rados's MAX_OMAP_BYTES_PER_REQUEST (used there as a count). */
  private static final int PAGE = 1024;

  private final IoCtx io;
  private final List<String> w;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  OmapCommands(IoCtx io, RadosArgs a, InputStream in, PrintStream out, PrintStream err) {
    this.io = io;
    this.w = a.words();
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run() {
    int n = w.size();
    return switch (w.get(0)) {
      case "setxattr" -> n == 3 || n == 4 ? setXattr() : usage();
      case "getxattr" -> n >= 3 ? getXattr() : usage();
      case "rmxattr" -> n >= 3 ? rmXattr() : usage();
      case "listxattr" -> n >= 2 ? listXattr() : usage();
      case "setomapval" -> n == 3 || n == 4 ? setOmapVal() : usage();
      case "getomapval" -> n == 3 || n == 4 ? getOmapVal() : usage();
      case "rmomapkey" -> n == 3 ? rmOmapKey() : usage();
      case "clearomap" -> n >= 2 ? clearOmap() : usage();
      case "listomapkeys" -> n >= 2 ? listOmapKeys() : usage();
      case "listomapvals" -> n >= 2 ? listOmapVals() : usage();
      case "getomapheader" -> n >= 2 ? getOmapHeader() : usage();
      default -> n >= 3 ? setOmapHeader() : usage();
    };
  }

  private int usage() {
    err.print(Usage.TEXT);
    return 1;
  }

  /** pool/object as rados names it in messages (see {@link CppText#prettify}). */
  private String where(String oid) {
    return io.poolName() + "/" + CppText.prettify(oid);
  }

  /** pool/object/key, where rados shows an omap key the same way. */
  private String whereKey(String oid, String key) {
    return where(oid) + "/" + CppText.prettify(key);
  }

  private int fail(String what, RuntimeException e) {
    CommandLineBytes.println(err, what + ": " + StrError.of(ObjectCommands.errno(e)));
    return 1;
  }

  /** The value argument, or all of stdin when it is absent, as rados reads it. */
  private byte[] valueOrStdin(int index) throws IOException {
    return w.size() > index ? ObjectCommands.utf8(w.get(index)) : in.readAllBytes();
  }

  private int setXattr() {
    String oid = w.get(1);
    String name = w.get(2);
    try {
      io.setXattr(oid, name, valueOrStdin(3));
      return 0;
    } catch (IOException e) {
      return 1;
    } catch (RuntimeException e) {
      return fail("error setting xattr " + where(oid) + "/" + name, e);
    }
  }

  private int getXattr() {
    String oid = w.get(1);
    String name = w.get(2);
    try {
      byte[] v = io.getXattr(oid, name);
      out.write(v, 0, v.length);
      return 0;
    } catch (RuntimeException e) {
      return fail("error getting xattr " + where(oid) + "/" + name, e);
    }
  }

  private int rmXattr() {
    String oid = w.get(1);
    String name = w.get(2);
    try {
      io.rmXattr(oid, name);
      return 0;
    } catch (RuntimeException e) {
      return fail("error removing xattr " + where(oid) + "/" + name, e);
    }
  }

  private int listXattr() {
    String oid = w.get(1);
    try {
      for (String name : io.getXattrs(oid).keySet()) {
        CommandLineBytes.println(out, name);
      }
      return 0;
    } catch (RuntimeException e) {
      return fail("error getting xattr set " + where(oid), e);
    }
  }

  private int setOmapVal() {
    String oid = w.get(1);
    String key = w.get(2);
    try {
      // The key as the bytes it was given (see CommandLineBytes): it need not be UTF-8.
      io.omapSetRaw(oid, Map.of(SurrogateEscape.encode(key), valueOrStdin(3)));
      return 0;
    } catch (IOException e) {
      return 1;
    } catch (RuntimeException e) {
      // rados names the object as it is here, only the key prettified.
      return fail(
          "error setting omap value " + io.poolName() + "/" + oid + "/" + CppText.prettify(key), e);
    }
  }

  private int getOmapVal() {
    String oid = w.get(1);
    String key = w.get(2);
    byte[] k = SurrogateEscape.encode(key);
    ReadOperation get = new ReadOperation();
    ReadOperation.Result<SortedMap<byte[], byte[]>> values = get.omapGetValsByKeysRaw(List.of(k));
    try {
      io.operate(oid, get);
    } catch (RuntimeException e) {
      return fail("error getting omap value " + whereKey(oid, key), e);
    }
    byte[] v = values.get().get(k);
    if (v == null) {
      // rados reports a missing key on stdout.
      CommandLineBytes.println(out, "No such key: " + whereKey(oid, key));
      return 1;
    }
    return dump("value", v, w.size() > 3 ? w.get(3) : null);
  }

  /** A value or header into a file ("Writing to F" on stderr), or as a titled hex dump. */
  private int dump(String title, byte[] v, String file) {
    if (file != null) {
      err.println("Writing to " + file);
      try {
        if (file.equals("-")) {
          out.write(v, 0, v.length);
        } else {
          Files.write(Path.of(file), v);
        }
      } catch (IOException e) {
        err.println("failed to open file: " + StrError.of(ObjectCommands.errno(e)));
      }
      return 0;
    }
    out.print(titledDump(title, v));
    return 0;
  }

  private int rmOmapKey() {
    String oid = w.get(1);
    String key = w.get(2);
    try {
      io.omapRmKeysRaw(oid, List.of(SurrogateEscape.encode(key)));
      return 0;
    } catch (RuntimeException e) {
      return fail("error removing omap key " + whereKey(oid, key), e);
    }
  }

  private int clearOmap() {
    for (String oid : w.subList(1, w.size())) {
      try {
        io.omapClear(oid);
      } catch (RuntimeException e) {
        // rados runs the object and the errno together here: "pool/obj/(2) ...".
        err.println(
            "error clearing omap keys " + where(oid) + "/" + StrError.of(ObjectCommands.errno(e)));
        return 1;
      }
    }
    return 0;
  }

  private int listOmapKeys() {
    String oid = w.get(1);
    try {
      byte[] after = new byte[0];
      OmapRawPage page;
      do {
        page = io.omapGetKeysRaw(oid, after, PAGE);
        for (byte[] key : page.entries().keySet()) {
          // The key's own bytes, as rados prints it, whatever they are.
          out.write(key, 0, key.length);
          out.write('\n');
        }
        after = page.lastKey();
      } while (page.more() && !page.entries().isEmpty());
      return 0;
    } catch (RuntimeException e) {
      return fail("error getting omap key set " + where(oid), e);
    }
  }

  private int listOmapVals() {
    String oid = w.get(1);
    try {
      byte[] after = new byte[0];
      OmapRawPage page;
      do {
        page = io.omapGetValsRaw(oid, after, new byte[0], PAGE);
        out.print(renderValues(page.entries()));
        after = page.lastKey();
      } while (page.more() && !page.entries().isEmpty());
      return 0;
    } catch (RuntimeException e) {
      return fail("error getting omap keys " + where(oid), e);
    }
  }

  /**
   * Omap entries as listomapvals prints them: the key (or, with any byte C's isprint rejects, its
   * hex dump), then the value's dump.
   */
  static String renderValues(SortedMap<byte[], byte[]> entries) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<byte[], byte[]> e : entries.entrySet()) {
      byte[] key = e.getKey();
      if (printable(key)) {
        text.append(new String(key, StandardCharsets.US_ASCII));
      } else {
        text.append("key (").append(key.length).append(" bytes):\n").append(HexDump.of(key));
      }
      text.append('\n').append(titledDump("value", e.getValue()));
    }
    return text.toString();
  }

  /** "value (N bytes) :", the hex dump, and the blank line rados ends it with. */
  static String titledDump(String title, byte[] v) {
    return title + " (" + v.length + " bytes) :\n" + HexDump.of(v) + "\n";
  }

  /** C's isprint in the C locale, for every byte (so bytes of 0x80 and up are not). */
  private static boolean printable(byte[] key) {
    for (byte b : key) {
      if (b < 0x20 || b == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private int getOmapHeader() {
    String oid = w.get(1);
    byte[] header;
    try {
      header = io.omapGetHeader(oid);
    } catch (RuntimeException e) {
      return fail("error getting omap header " + where(oid), e);
    }
    return dump("header", header, w.size() > 2 ? w.get(2) : null);
  }

  private int setOmapHeader() {
    String oid = w.get(1);
    try {
      io.omapSetHeader(oid, ObjectCommands.utf8(w.get(2)));
      return 0;
    } catch (RuntimeException e) {
      return fail("error setting omap value " + where(oid), e);
    }
  }
}
