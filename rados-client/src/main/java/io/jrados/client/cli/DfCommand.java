package io.jrados.client.cli;

import io.jrados.client.api.RadosClient;
import io.jrados.protocol.messages.MGetPoolStatsReply;
import io.jrados.protocol.messages.MStatfsReply;
import io.jrados.protocol.messages.ObjectStatSum;
import io.jrados.protocol.messages.PoolStat;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code df}: rados df's table (or its JSON with {@code -f json}) from the same two mon requests
 * librados makes: the pools' summed stats ({@code MGetPoolStats}) and the cluster totals ({@code
 * MStatfs}).
 */
final class DfCommand {
  private final RadosClient client;
  private final RadosArgs a;
  private final PrintStream out;
  private final PrintStream err;

  DfCommand(RadosClient client, RadosArgs a, PrintStream out, PrintStream err) {
    this.client = client;
    this.a = a;
    this.out = out;
    this.err = err;
  }

  int run() {
    List<String> pools = a.pool() != null ? List.of(a.pool()) : client.listPools();
    MGetPoolStatsReply stats;
    try {
      stats = client.poolStats(pools);
    } catch (RuntimeException e) {
      err.println("error fetching pool stats: " + StrError.of(ObjectCommands.errno(e)));
      return 1;
    }
    MStatfsReply totals;
    try {
      totals = client.clusterStat();
    } catch (RuntimeException e) {
      // rados prints the pool table before it asks for the totals.
      out.print(table(stats));
      err.println("error getting total cluster usage: " + StrError.of(ObjectCommands.errno(e)));
      return 1;
    }
    boolean json = a.format() != null && a.format().startsWith("json");
    if (json) {
      Map<String, Long> ids = new java.util.HashMap<>();
      for (String name : stats.stats().keySet()) {
        client.poolLookup(name).ifPresent(id -> ids.put(name, id));
      }
      out.print(json(stats, ids, totals));
    } else {
      out.print(table(stats) + "\n" + totals(totals));
    }
    return 0;
  }

  /** The per-pool table, pools in name order as rados's std::map has them. */
  static String table(MGetPoolStatsReply stats) {
    TextTable t = new TextTable().column("POOL_NAME", true);
    for (String h :
        List.of(
            "USED",
            "OBJECTS",
            "CLONES",
            "COPIES",
            "MISSING_ON_PRIMARY",
            "UNFOUND",
            "DEGRADED",
            "RD_OPS",
            "RD",
            "WR_OPS",
            "WR",
            "USED COMPR",
            "UNDER COMPR")) {
      t.column(h, false);
    }
    for (Map.Entry<String, PoolStat> e : stats.stats().entrySet()) {
      PoolStat p = e.getValue();
      ObjectStatSum s = p.sum();
      t.row(
          e.getKey(),
          CppText.bytes(p.usedBytes(stats.perPool())),
          s.numObjects(),
          s.numObjectClones(),
          s.numObjectCopies(),
          s.numObjectsMissingOnPrimary(),
          s.numObjectsUnfound(),
          s.numObjectsDegraded(),
          s.numRd(),
          CppText.bytes(s.numRdKb() << 10),
          s.numWr(),
          CppText.bytes(s.numWrKb() << 10),
          CppText.bytes(p.compressedAllocated()),
          CppText.bytes(p.compressedOriginal()));
    }
    return t.render();
  }

  static String totals(MStatfsReply t) {
    return "total_objects    "
        + t.numObjects()
        + "\ntotal_used       "
        + CppText.bytes(t.kbUsed() << 10)
        + "\ntotal_avail      "
        + CppText.bytes(t.kbAvail() << 10)
        + "\ntotal_space      "
        + CppText.bytes(t.kb() << 10)
        + "\n";
  }

  /** rados df -f json: one line, no newline at the end. */
  static String json(MGetPoolStatsReply stats, Map<String, Long> ids, MStatfsReply t) {
    StringBuilder b = new StringBuilder("{\"pools\":[");
    boolean first = true;
    for (Map.Entry<String, PoolStat> e : stats.stats().entrySet()) {
      PoolStat p = e.getValue();
      ObjectStatSum s = p.sum();
      long used = p.usedBytes(stats.perPool());
      b.append(first ? "" : ",").append("{\"name\":").append(Json.string(e.getKey()));
      if (ids.containsKey(e.getKey())) {
        b.append(",\"id\":").append(ids.get(e.getKey()));
      }
      field(b, "size_bytes", used);
      // librados rounds the KiB up.
      field(b, "size_kb", (used + 1023) >>> 10);
      field(b, "num_objects", s.numObjects());
      field(b, "num_object_clones", s.numObjectClones());
      field(b, "num_object_copies", s.numObjectCopies());
      field(b, "num_objects_missing_on_primary", s.numObjectsMissingOnPrimary());
      field(b, "num_objects_unfound", s.numObjectsUnfound());
      field(b, "num_objects_degraded", s.numObjectsDegraded());
      field(b, "read_ops", s.numRd());
      field(b, "read_bytes", s.numRdKb() * 1024);
      field(b, "write_ops", s.numWr());
      field(b, "write_bytes", s.numWrKb() * 1024);
      field(b, "compress_bytes_used", p.compressedAllocated());
      field(b, "compress_under_bytes", p.compressedOriginal());
      b.append('}');
      first = false;
    }
    b.append("],\"total_objects\":").append(t.numObjects());
    field(b, "total_used", t.kbUsed());
    field(b, "total_avail", t.kbAvail());
    field(b, "total_space", t.kb());
    return b.append('}').toString();
  }

  private static void field(StringBuilder b, String name, long value) {
    b.append(",\"").append(name).append("\":").append(value);
  }
}
