package io.jrados.testcluster.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read without loading a large log whole. */
final class LogTail {
  private static final int MAX_BYTES = 16 * 1024;

  private LogTail() {}

  static String of(Path log, int lines) {
    if (!Files.isRegularFile(log)) {
      return "(no log at " + log + ")";
    }
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long len = f.length();
      int n = (int) Math.min(len, MAX_BYTES);
      byte[] buf = new byte[n];
      f.seek(len - n);
      f.readFully(buf);
      List<String> all = Arrays.asList(new String(buf, StandardCharsets.UTF_8).split("\n"));
      List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
      return "(" + log + ")\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }
}
