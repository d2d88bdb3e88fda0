package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectEntry;
import io.jrados.client.api.ObjectStat;
import io.jrados.client.api.RadosException;
import io.jrados.client.internal.util.SurrogateEscape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The rados tool's commands on objects and their data, with its messages: each failure is one line
 * on stderr naming the pool and object and the errno as {@code cpp_strerror} words it, and exit
 * status 1. Omap and xattr commands are in {@link OmapCommands}, watch and notify in {@link
 * WatchCommands}, pool snapshots in {@link SnapCommands}.
 */
final class ObjectCommands {
  private static final Set<String> OWN =
      Set.of("ls", "put", "get", "append", "truncate", "create", "rm", "stat", "set-alloc-hint");

  private final IoCtx io;
  private final RadosArgs a;
  private final List<String> w;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  ObjectCommands(IoCtx io, RadosArgs a, InputStream in, PrintStream out, PrintStream err) {
    this.io = io;
    this.a = a;
    this.w = a.words();
    this.in = in;
    this.out = out;
    this.err = err;
  }

  boolean knows(String command) {
    return OWN.contains(command)
        || OmapCommands.COMMANDS.contains(command)
        || WatchCommands.COMMANDS.contains(command)
        || SnapCommands.COMMANDS.contains(command);
  }

  int run() {
    String command = w.get(0);
    if (OmapCommands.COMMANDS.contains(command)) {
      return new OmapCommands(io, a, in, out, err).run();
    }
    if (WatchCommands.COMMANDS.contains(command)) {
      return new WatchCommands(io, w, in, out, err).run();
    }
    if (SnapCommands.COMMANDS.contains(command)) {
      return new SnapCommands(io, w, out, err).run();
    }
    return switch (command) {
      case "ls" -> ls();
      case "put" -> need(3) ? put() : usage();
      case "get" -> need(3) ? get() : usage();
      case "append" -> need(3) ? append() : usage();
      case "truncate" -> need(3) ? truncate() : usage();
      case "create" -> need(2) ? create() : usage();
      case "rm" -> need(2) ? rm() : usage();
      case "set-alloc-hint" -> need(4) ? setAllocHint() : usage();
      default -> need(2) ? stat() : usage();
    };
  }

  private boolean need(int words) {
    return w.size() >= words;
  }

  private int usage() {
    err.print(Usage.TEXT);
    return 1;
  }

  private String where(String oid) {
    return io.poolName() + "/" + CppText.prettify(oid);
  }

  private int fail(String what, int errno) {
    CommandLineBytes.println(err, what + ": " + StrError.of(errno));
    return 1;
  }

  static int errno(RuntimeException e) {
    if (e instanceof RadosException re && re.errno() != 0) {
      return re.errno();
    }
    return e instanceof IllegalArgumentException ? 22 : 5;
  }

  static int errno(IOException e) {
    if (e instanceof NoSuchFileException) {
      return 2;
    }
    if (e instanceof AccessDeniedException) {
      return 13;
    }
    return 5;
  }

  private int ls() {
    if (io == null) {
      err.println("either pool name or pg id needs to be specified");
      return 1;
    }
    if (w.size() >= 2 && !w.get(1).equals("-")) {
      err.println("Please use --output to specify the output file name");
      return 1;
    }
    IoCtx lister = a.allNamespaces() ? io.withNamespace(IoCtx.ALL_NAMESPACES) : io;
    boolean json = a.format() != null && a.format().startsWith("json");
    StringBuilder line = new StringBuilder();
    if (json) {
      out.print("[");
    }
    boolean first = true;
    for (Iterator<ObjectEntry> it = lister.listObjects().iterator(); it.hasNext(); ) {
      ObjectEntry e = it.next();
      line.setLength(0);
      if (json) {
        line.append(first ? "" : ",").append("{\"namespace\":").append(Json.string(e.namespace()));
        line.append(",\"name\":").append(Json.string(e.name()));
        if (!e.locator().isEmpty()) {
          line.append(",\"locator\":").append(Json.string(e.locator()));
        }
        // Names that are not UTF-8 go out as their bytes, as rados' JSON has them.
        out.writeBytes(SurrogateEscape.encode(line.append('}').toString()));
      } else {
        // The names' own bytes, as rados prints them: a name that is not UTF-8 stays itself.
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        if (a.allNamespaces()) {
          raw.writeBytes(e.namespaceBytes());
          raw.write('\t');
        }
        raw.writeBytes(e.nameBytes());
        byte[] locator = e.locatorBytes();
        if (locator.length > 0) {
          raw.write('\t');
          raw.writeBytes(locator);
        }
        raw.write('\n');
        out.writeBytes(raw.toByteArray());
      }
      first = false;
    }
    if (json) {
      out.print("]");
    }
    return 0;
  }

  private int stat() {
    String oid = w.get(1);
    ObjectStat st;
    try {
      st = io.stat(oid);
    } catch (RuntimeException e) {
      // rados puts a space before this one message.
      return fail(" error stat-ing " + where(oid), errno(e));
    }
    String mtime =
        CppText.utime(st.mtime().truncatedTo(ChronoUnit.SECONDS), ZoneId.systemDefault());
    CommandLineBytes.println(out, where(oid) + " mtime " + mtime + ", size " + st.size());
    return 0;
  }

  private int create() {
    String oid = w.get(1);
    try {
      io.create(oid, true);
      return 0;
    } catch (RuntimeException e) {
      return fail("error creating " + where(oid), errno(e));
    }
  }

  private int rm() {
    for (String oid : w.subList(1, w.size())) {
      try {
        io.remove(oid);
      } catch (RuntimeException e) {
        String name =
            (io.namespace().isEmpty() ? "" : io.namespace() + "/") + CppText.prettify(oid);
        return fail("error removing " + io.poolName() + ">" + name, errno(e));
      }
    }
    return 0;
  }

  private int truncate() {
    String oid = w.get(1);
    long size;
    try {
      size = Long.parseLong(w.get(2));
    } catch (NumberFormatException e) {
      err.println("Invalid value for size: '" + w.get(2) + "'");
      return 1;
    }
    if (size < 0) {
      err.println("error, cannot truncate to negative value");
      return usage();
    }
    try {
      io.truncate(oid, size);
      return 0;
    } catch (RuntimeException e) {
      int errno = errno(e);
      // rados falls through to its generic "error N" line after this one.
      CommandLineBytes.println(
          err,
          "error truncating oid "
              + CppText.prettify(oid)
              + " to "
              + size
              + ": "
              + StrError.of(errno));
      err.println("error " + errno + ": " + StrError.of(errno));
      return 1;
    }
  }

  /** rados' set-alloc-hint: sizes as strict_strtoll reads them (a negative one wraps, as there). */
  private int setAllocHint() {
    String oid = w.get(1);
    long[] sizes = new long[2];
    String[] names = {"expected_object_size", "expected_write_size"};
    for (int i = 0; i < 2; i++) {
      try {
        sizes[i] = Long.parseLong(w.get(2 + i));
      } catch (NumberFormatException e) {
        err.println(
            "couldn't parse "
                + names[i]
                + ": Expected option value to be integer, got '"
                + w.get(2 + i)
                + "'");
        return usage();
      }
    }
    try {
      io.setAllocHint(oid, sizes[0], sizes[1], 0);
      return 0;
    } catch (RuntimeException e) {
      CommandLineBytes.println(
          err, "error setting alloc-hint " + where(oid) + ": " + StrError.of(errno(e)));
      return 1;
    }
  }

  private InputStream openInput(String file) throws IOException {
    return file.equals("-") ? in : Files.newInputStream(Path.of(file));
  }

  private int put() {
    return upload("putting", this::putChunks);
  }

  private void putChunks(String oid, InputStream src) throws IOException {
    long start = a.offsetGiven() ? a.offset() : 0;
    boolean replace = !a.offsetGiven();
    long offset = start;
    while (true) {
      byte[] chunk = src.readNBytes(a.opSize());
      if (chunk.length == 0) {
        if (offset == start) {
          // An empty input still makes the object (and a hole up to --offset).
          io.writeFull(oid, chunk);
          if (offset > 0) {
            io.truncate(oid, offset);
          }
        }
        return;
      }
      if (offset == 0 && replace) {
        io.writeFull(oid, chunk);
      } else {
        io.write(oid, chunk, offset);
      }
      offset += chunk.length;
    }
  }

  private int append() {
    return upload("appending", this::appendChunks);
  }

  private void appendChunks(String oid, InputStream src) throws IOException {
    boolean any = false;
    while (true) {
      byte[] chunk = src.readNBytes(a.opSize());
      // rados appends even the final empty read, so an empty input still creates the object.
      if (chunk.length > 0 || !any) {
        io.append(oid, chunk);
      }
      any = true;
      if (chunk.length == 0) {
        return;
      }
    }
  }

  /** What put and append do with their input, chunk by chunk. */
  private interface Upload {
    void run(String oid, InputStream src) throws IOException;
  }

  /** Opens the input file (or stdin) of put or append and feeds it to {@code upload}. */
  private int upload(String verb, Upload upload) {
    String oid = w.get(1);
    String file = w.get(2);
    InputStream src;
    try {
      src = openInput(file);
    } catch (IOException e) {
      // rados returns a positive 1 here, which its caller does not count as a failure: exit 0.
      err.println("error reading input file " + file + ": " + StrError.of(errno(e)));
      return 0;
    }
    try {
      upload.run(oid, src);
      return 0;
    } catch (IOException e) {
      err.println("error reading input file " + file + ": " + StrError.of(errno(e)));
      return fail("error " + verb + " " + where(oid), errno(e));
    } catch (RuntimeException e) {
      return fail("error " + verb + " " + where(oid), errno(e));
    } finally {
      closeQuietly(src);
    }
  }

  private int get() {
    String oid = w.get(1);
    String file = w.get(2);
    OutputStream dst;
    try {
      dst = file.equals("-") ? out : Files.newOutputStream(Path.of(file));
    } catch (IOException e) {
      err.println("failed to open file: " + StrError.of(errno(e)));
      return fail("error getting " + where(oid), errno(e));
    }
    try {
      long offset = 0;
      while (true) {
        byte[] data = io.read(oid, offset, a.opSize());
        dst.write(data);
        if (data.length < a.opSize()) {
          break;
        }
        offset += data.length;
      }
      dst.flush();
      return 0;
    } catch (IOException e) {
      err.println("error writing to file: " + StrError.of(errno(e)));
      return fail("error getting " + where(oid), errno(e));
    } catch (RuntimeException e) {
      return fail("error getting " + where(oid), errno(e));
    } finally {
      if (dst != out) {
        closeQuietly(dst);
      }
    }
  }

  private void closeQuietly(java.io.Closeable c) {
    if (c == in || c == out) {
      return;
    }
    try {
      c.close();
    } catch (IOException e) {
      err.println("error closing file: " + StrError.of(errno(e)));
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
