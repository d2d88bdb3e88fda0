package io.jrados.testcluster.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a cluster's files when it closes, keeping the logs of a failed test. */
final class Scratch {
  private Scratch() {}

  static void cleanUp(ClusterLayout layout, boolean ownsDir, boolean failed) {
    if (!layout.runDir().startsWith(layout.dir())) {
      deleteTree(layout.runDir(), null);
    }
    if (!ownsDir) {
      // The caller named the directory (the launcher's --dir): leave it reusable, with its logs.
      deleteTree(layout.dir(), layout.logDir());
      return;
    }
    if (failed) {
      deleteTree(layout.dir(), layout.logDir());
      System.err.println(
          "ceph-test-cluster: a test using this cluster failed; daemon logs kept in "
              + layout.logDir());
    } else {
      deleteTree(layout.dir(), null);
    }
  }

  /** Deletes a tree, sparing {@code keep} and what is under it. */
  static void deleteTree(Path root, Path keep) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder())
          .filter(p -> keep == null || !(p.startsWith(keep) || keep.startsWith(p)))
          .forEach(Scratch::delete);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean up " + root, e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p, e);
    }
  }
}
