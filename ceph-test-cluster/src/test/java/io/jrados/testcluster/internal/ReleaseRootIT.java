package io.jrados.testcluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.BackendSelector;
import io.jrados.testcluster.CommandResult;
import io.jrados.testcluster.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entering a release root for real (unshare, mount, chroot), without starting a cluster. */
class ReleaseRootIT {

  @Test
  void aRootThatCannotBeEnteredFailsBeforeTheCommandRunsAndSaysWhy(@TempDir Path tmp)
      throws IOException {
    // Marked and holding the binaries, but without the /proc and /dev a root must have.
    Path fake = tmp.resolve("fake-root");
    Files.createDirectories(fake.resolve("usr/bin"));
    for (String bin : BackendSelector.NATIVE_BINARIES) {
      Files.writeString(fake.resolve("usr/bin").resolve(bin), "#!/bin/sh\n");
      assertThat(fake.resolve("usr/bin").resolve(bin).toFile().setExecutable(true)).isTrue();
    }
    Files.writeString(ReleaseRoot.marker(Release.REEF, fake), "ceph version 18.2.7\n");
    NativeHost inFake =
        new NativeHost(ReleaseRoot.enter(Release.REEF, fake, List.of(tmp.resolve("c"))));
    CommandResult r = inFake.run(List.of("ceph", "--version"), Duration.ofSeconds(30));
    assertThat(r.exitCode()).isEqualTo(125);
    assertThat(r.stderr())
        .contains("ceph-test-cluster: cannot mount /proc in " + fake)
        .contains("needs root");
    assertThat(Files.readString(Path.of("/proc/self/mounts"), StandardCharsets.UTF_8))
        .doesNotContain(fake.toString());
  }

  @Test
  void thePreparedRootRunsItsOwnCephAndSeesSharedDirectoriesOutsideTmp() throws IOException {
    Path root = ReleaseRoot.preparedRoot(Release.REEF).orElseThrow();
    // Outside /tmp (which is shared whole), in a top-level directory the root lacks, so the root
    // needs mount points of its own and must remove them. Not under the build directory: a clone
    // may itself live under /tmp, whose counterpart in the root always exists.
    Path shared = Files.createTempDirectory(Path.of("/"), "jrados-reef-share");
    try {
      Files.writeString(shared.resolve("hello"), "from the host\n");
      NativeHost inRoot = NativeHost.forRelease(Release.REEF, new ClusterLayout(shared, shared));
      try {
        assertThat(inRoot.run(List.of("ceph", "--version"), Duration.ofSeconds(30)).stdout())
            .startsWith("ceph version 18.2.7 ");
        assertThat(
                inRoot
                    .run(List.of("cat", shared.resolve("hello").toString()), Duration.ofSeconds(30))
                    .requireOk()
                    .stdout())
            .isEqualTo("from the host\n");
      } finally {
        inRoot.close();
      }
      assertThat(Files.readString(Path.of("/proc/self/mounts"), StandardCharsets.UTF_8))
          .doesNotContain(root.toString());
      Path top = root.resolve(shared.getRoot().relativize(shared).getName(0));
      assertThat(root.resolve(shared.getRoot().relativize(shared))).doesNotExist();
      assertThat(top).as("made for this test, so removed").doesNotExist();
    } finally {
      Files.deleteIfExists(shared.resolve("hello"));
      Files.delete(shared);
    }
  }
}
