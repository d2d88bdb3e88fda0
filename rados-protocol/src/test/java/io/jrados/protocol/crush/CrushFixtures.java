package io.jrados.protocol.crush;

import io.jrados.protocol.messages.Codec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Loads the CRUSH fixtures and crushtool's recorded mappings (see the resources' README). */
final class CrushFixtures {
  private CrushFixtures() {}

  static byte[] bytes(String name) {
    return Codec.resource(CrushFixtures.class, name);
  }

  static CrushMap map(String name) {
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.buffer();
    try {
      buf.writeBytes(bytes(name));
      return CrushMap.decode(buf);
    } finally {
      buf.release();
    }
  }

  /**
   * One crushtool run: {@code crushtool -i map --test --show-mappings --rule R --num-rep N
   * [--pool-id P] [--weight dev w]...} and the mapping it printed for each x.
   */
  record Run(
      String map,
      int rule,
      int numRep,
      Long pool,
      Map<Integer, Double> weights,
      String command,
      Map<Integer, int[]> expected) {}

  static List<Run> runs(String mappingsFile) {
    String text = new String(bytes(mappingsFile), StandardCharsets.UTF_8);
    List<Run> runs = new ArrayList<>();
    Run current = null;
    String command = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("@ ")) {
        Map<String, String> kv = new TreeMap<>();
        for (String part : line.substring(2).split(" ")) {
          int eq = part.indexOf('=');
          kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        Map<Integer, Double> weights = new TreeMap<>();
        if (!kv.get("weights").isEmpty()) {
          for (String w : kv.get("weights").split(",")) {
            String[] dw = w.split(":");
            weights.put(Integer.parseInt(dw[0]), Double.parseDouble(dw[1]));
          }
        }
        String pool = kv.get("pool");
        current =
            new Run(
                kv.get("map"),
                Integer.parseInt(kv.get("rule")),
                Integer.parseInt(kv.get("numrep")),
                pool.equals("-") ? null : Long.parseLong(pool),
                weights,
                null,
                new TreeMap<>());
        runs.add(current);
      } else if (line.startsWith("# ")) {
        command = line.substring(2);
        runs.set(
            runs.size() - 1,
            current =
                new Run(
                    current.map(),
                    current.rule(),
                    current.numRep(),
                    current.pool(),
                    current.weights(),
                    command,
                    current.expected()));
      } else if (line.startsWith("CRUSH rule ")) {
        // CRUSH rule R x X [a,b,c]
        String[] parts = line.split(" ");
        int x = Integer.parseInt(parts[4]);
        String list = parts[5].substring(1, parts[5].length() - 1);
        int[] items =
            list.isEmpty()
                ? new int[0]
                : java.util.Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
        current.expected().put(x, items);
      }
    }
    return runs;
  }

  /**
   * The weight vector crushtool's tester builds: one entry per device below max_devices, 0x10000
   * for devices some bucket holds, 0 for the rest, and {@code --weight} overrides as {@code (int)(w
   * * 0x10000)}.
   */
  static int[] weights(CrushMap map, Map<Integer, Double> overrides) {
    int[] w = new int[map.maxDevices()];
    for (CrushBucket b : map.buckets()) {
      for (int item : b.items()) {
        if (item >= 0) {
          w[item] = 0x10000;
        }
      }
    }
    for (Map.Entry<Integer, Double> e : overrides.entrySet()) {
      w[e.getKey()] = (int) (e.getValue().floatValue() * (float) 0x10000);
    }
    return w;
  }
}
