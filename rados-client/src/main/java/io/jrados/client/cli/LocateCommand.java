package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectPlacement;
import io.jrados.client.internal.util.SurrogateEscape;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code jrados -p POOL [-N NS] locate OBJ...|-}: where objects live, computed from the client's
 * OSDMap without asking anyone, one line of JSON per object with the keys, order and spacing of
 * {@code ceph osd map POOL OBJ [NS] -f json} (which names a namespaced object "NS/OBJ").
 */
final class LocateCommand {
  private final IoCtx io;
  private final InputStream in;
  private final PrintStream out;

  LocateCommand(IoCtx io, InputStream in, PrintStream out) {
    this.io = io;
    this.in = in;
    this.out = out;
  }

  int run(List<String> names) {
    if (names.size() == 1 && names.get(0).equals("-")) {
      // Names as the bytes of each line (without a CR before its LF), one line at a time, so a
      // name that is not UTF-8 is located as itself.
      try {
        InputStream src = new BufferedInputStream(in);
        ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
        for (int c = src.read(); ; c = src.read()) {
          if (c == '\n' || c < 0) {
            byte[] b = lineBytes.toByteArray();
            int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
            if (n > 0) {
              print(SurrogateEscape.decode(Arrays.copyOf(b, n)));
            }
            lineBytes.reset();
            if (c < 0) {
              break;
            }
          } else {
            lineBytes.write(c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      for (String name : names) {
        print(name);
      }
    }
    return 0;
  }

  private void print(String name) {
    CommandLineBytes.println(out, line(io.placement(name)));
  }

  String line(ObjectPlacement p) {
    String shown =
        io.namespace().isEmpty() ? p.objectName() : io.namespace() + "/" + p.objectName();
    return "{\"epoch\":"
        + p.epoch()
        + ",\"pool\":"
        + Json.string(io.poolName())
        + ",\"pool_id\":"
        + p.poolId()
        + ",\"objname\":"
        + Json.string(shown)
        + ",\"raw_pgid\":\""
        + p.rawPgid()
        + "\",\"pgid\":\""
        + p.pgid()
        + "\",\"up\":"
        + list(p.up())
        + ",\"up_primary\":"
        + p.upPrimary()
        + ",\"acting\":"
        + list(p.acting())
        + ",\"acting_primary\":"
        + p.actingPrimary()
        + "}";
  }

  private static String list(List<Integer> osds) {
    return osds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }
}
