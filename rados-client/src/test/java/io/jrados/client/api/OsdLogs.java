package io.jrados.client.api;

import io.jrados.testcluster.CephCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The OSDs' own log files, for tests that check what an OSD saw (at a raised debug_ms). */
final class OsdLogs {
  private OsdLogs() {}

  /** Each OSD's log (osd.N.log) by file name, in name order. */
  static Map<String, String> byFile(CephCluster c) throws IOException {
    Map<String, String> logs = new TreeMap<>();
    try (Stream<Path> files = Files.list(c.logDir())) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("osd.")).toList()) {
        logs.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return logs;
  }

  /** All the OSDs' logs, one after another. */
  static String all(CephCluster c) throws IOException {
    return String.join("", byFile(c).values());
  }
}
