package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OSD connections keep themselves alive at {@code objecter_tick_interval}, not at the monitor's
 * ping interval: the OSD's own log (debug_ms 20) counts the KEEPALIVE2 frames it answered.
 */
@ExtendWith(CephClusterExtension.class)
class OsdKeepaliveIT {
  /** The OSD's line for each KEEPALIVE2 it acknowledges, with the connection it came on. */
  private static final Pattern KEEPALIVE =
      Pattern.compile(" conn\\((0x[0-9a-f]+) .*handle_keepalive2 got KEEPALIVE2 ");

  @Test
  void osdConnectionsSendKeepalivesAtTheObjecterTickInterval(CephCluster c) throws Exception {
    c.createPool("keepalive", 8);
    try (RadosClient client = MonSessionIT.connect(c, "--objecter_tick_interval", "0.5")) {
      IoCtx io = client.ioCtx("keepalive");
      io.writeFull("obj", "x".getBytes(StandardCharsets.UTF_8));
      c.ceph("tell", "osd.*", "config", "set", "debug_ms", "20").requireOk();
      try {
        // Idle: no op is in flight, so only keepalives cross the connection. At the monitor's
        // ping interval (10 s) this window would see at most one.
        Thread.sleep(3_000);
      } finally {
        c.ceph("tell", "osd.*", "config", "set", "debug_ms", "0").requireOk();
      }
      assertThat(io.read("obj", 0, 8)).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Integer> perConnection = keepalivesPerConnection(c);
    assertThat(perConnection.values())
        .as("KEEPALIVE2 frames per OSD connection in 3 s at a 0.5 s interval: %s", perConnection)
        .anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
  }

  private static Map<String, Integer> keepalivesPerConnection(CephCluster c) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    OsdLogs.byFile(c)
        .forEach(
            (file, log) -> {
              Matcher m = KEEPALIVE.matcher(log);
              while (m.find()) {
                counts.merge(file + " " + m.group(1), 1, Integer::sum);
              }
            });
    return counts;
  }
}
