package io.jrados.testcluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.BackendSelector;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseRootTest {

  @Test
  void locatesTheRootLikeTheInstallScript() {
    assertThat(ReleaseRoot.locate(Release.REEF, Map.of(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.cache/jrados/ceph-reef-18.2.7"));
    assertThat(ReleaseRoot.locate(Release.REEF, Map.of("XDG_CACHE_HOME", "/c"), "/home/u"))
        .isEqualTo(Path.of("/c/jrados/ceph-reef-18.2.7"));
    assertThat(
            ReleaseRoot.locate(
                Release.REEF,
                Map.of("XDG_CACHE_HOME", "/c", "JRADOS_CEPH_REEF_ROOT", "/r/reef/"),
                "/home/u"))
        .isEqualTo(Path.of("/r/reef"));
  }

  @Test
  void aRootWithoutTheMarkerCountsAsAbsentEvenWithBinaries(@TempDir Path root) throws IOException {
    binaries(root, BackendSelector.NATIVE_BINARIES);
    assertThat(ReleaseRoot.missingBinaries(Release.REEF, root))
        .isEqualTo(BackendSelector.NATIVE_BINARIES);
    assertThatThrownBy(() -> ReleaseRoot.enter(Release.REEF, root, List.of(Path.of("/tmp/x"))))
        .isInstanceOf(CephTestClusterException.class)
        .hasMessageContaining("root " + root + " is not prepared (no .jrados-ceph-reef-complete)")
        .hasMessageContaining("prepare it with `bin/install-ceph-reef`");
  }

  @Test
  void aMarkedRootIsCheckedForEachBinary(@TempDir Path root) throws IOException {
    Files.writeString(ReleaseRoot.marker(Release.REEF, root), "ceph version 18.2.7\n");
    binaries(root, List.of("ceph-mon", "ceph", "monmaptool", "rados"));
    assertThat(ReleaseRoot.missingBinaries(Release.REEF, root))
        .containsExactly("ceph-osd", "ceph-mgr");
    assertThatThrownBy(() -> ReleaseRoot.enter(Release.REEF, root, List.of(Path.of("/tmp/x"))))
        .hasMessageContaining("lacks ceph-osd, ceph-mgr");
  }

  @Test
  void wrapsIntoAPrivateMountNamespaceThatBindsTheSharedPathsThenChroots(@TempDir Path root)
      throws IOException {
    prepared(root);
    ReleaseRoot r =
        ReleaseRoot.enter(
            Release.REEF,
            root,
            List.of(Path.of("/tmp/c1/run"), Path.of("/tmp/c1"), Path.of("/tmp/short-run")));
    assertThat(r.shared()).containsExactly(Path.of("/tmp/c1"), Path.of("/tmp/short-run"));
    List<String> w = r.wrap(List.of("ceph-mon", "-c", "/tmp/c1/ceph.conf", "-i", "a"));
    assertThat(w.subList(0, 6))
        .containsExactly("unshare", "--mount", "--propagation", "private", "sh", "-c");
    assertThat(w.get(6)).contains("mount -t proc").contains("exec chroot");
    assertThat(w.subList(7, w.size()))
        .containsExactly(
            "sh",
            root.toString(),
            "2",
            "/tmp/c1",
            "/tmp/short-run",
            "ceph-mon",
            "-c",
            "/tmp/c1/ceph.conf",
            "-i",
            "a");
  }

  @Test
  void refusesToShareAPathThroughASymlinkInsideTheRoot(@TempDir Path root) throws IOException {
    prepared(root);
    Files.createDirectories(root.resolve("var"));
    Files.createSymbolicLink(root.resolve("var/run"), Path.of("/run"));
    assertThatThrownBy(() -> ReleaseRoot.enter(Release.REEF, root, List.of(Path.of("/var/run/c1"))))
        .isInstanceOf(CephTestClusterException.class)
        .hasMessageContaining(root.resolve("var/run") + " is a symbolic link inside it");
  }

  @Test
  void makesMountPointsAndCloseRemovesOnlyTheOnesItMade(@TempDir Path root) throws IOException {
    prepared(root);
    Files.createDirectories(root.resolve("tmp"));
    Files.createDirectories(root.resolve("var/tmp"));
    ReleaseRoot r =
        ReleaseRoot.enter(
            Release.REEF, root, List.of(Path.of("/tmp/junit1/c1"), Path.of("/var/tmp/c2")));
    assertThat(root.resolve("tmp/junit1/c1")).isDirectory();
    assertThat(root.resolve("var/tmp/c2")).isDirectory();
    Files.writeString(root.resolve("var/tmp/c2/left-by-someone"), "x");
    r.close();
    assertThat(root.resolve("tmp/junit1")).doesNotExist();
    assertThat(root.resolve("tmp")).as("there before").isDirectory();
    assertThat(root.resolve("var/tmp/c2/left-by-someone")).as("not empty").exists();
    ReleaseRoot again = ReleaseRoot.enter(Release.REEF, root, List.of(Path.of("/var/tmp")));
    again.close();
    assertThat(root.resolve("var/tmp")).as("there before, though empty").isDirectory();
  }

  private static void prepared(Path root) throws IOException {
    Files.writeString(ReleaseRoot.marker(Release.REEF, root), "ceph version 18.2.7\n");
    binaries(root, BackendSelector.NATIVE_BINARIES);
  }

  private static void binaries(Path root, List<String> names) throws IOException {
    Path bin = Files.createDirectories(root.resolve("usr/bin"));
    for (String n : names) {
      Path f = Files.writeString(bin.resolve(n), "#!/bin/sh\n");
      assertThat(f.toFile().setExecutable(true)).isTrue();
    }
  }
}
