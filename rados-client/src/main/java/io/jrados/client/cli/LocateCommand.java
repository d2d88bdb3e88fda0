package io.jrados.client.cli;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ObjectPlacement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      try {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isEmpty()) {
            out.println(line(io.placement(line)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      for (String name : names) {
        out.println(line(io.placement(name)));
      }
    }
    return 0;
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
