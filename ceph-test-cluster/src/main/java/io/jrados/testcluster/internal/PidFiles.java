package io.jrados.testcluster.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the pid files Ceph daemons write after they fork. */
final class PidFiles {
  private PidFiles() {}

  /** The pid in the file, or empty if the file is missing, empty or not a number. */
  static Optional<Long> read(Path pidFile) {
    try {
      String s = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(s);
      return pid > 1 ? Optional.of(pid) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      // Missing or half-written: the daemon has not got that far yet.
      return Optional.empty();
    }
  }
}
