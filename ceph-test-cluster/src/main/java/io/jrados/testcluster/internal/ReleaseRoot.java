package io.jrados.testcluster.internal;

import io.jrados.testcluster.BackendSelector;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A release's Ceph installed in a root of its own (a Debian tree made by {@code
 * bin/install-ceph-reef}), entered with chroot.
 *
 * <p>Every command runs in a private mount namespace ({@code unshare --mount}) that mounts {@code
 * /proc}, binds {@code /dev}, and binds the cluster's directories at the same paths inside the
 * root, then chroots. So {@code ceph.conf} and every path in it mean the same inside and outside,
 * and none of these mounts is ever visible on the host: they go away with the last process of their
 * namespace, which for a daemon is when it stops, even if this JVM is killed. What is left on the
 * host are the mount point directories made inside the root, which {@link #close()} removes.
 */
public final class ReleaseRoot implements CommandWrapper {

  /**
   * Mounts, binds and chroots; argv is: root, count of shared paths, the paths, the command. A
   * failing step says which and exits 125, before the command ever runs.
   */
  private static final String ENTER_SCRIPT =
      """
      PATH=/usr/sbin:/usr/bin:/sbin:/bin
      r=$1; n=$2; shift 2
      fail() {
        echo "ceph-test-cluster: $1 (entering the Ceph root $r needs root, for mount namespaces and bind mounts)" >&2
        exit 125
      }
      mount -t proc proc "$r/proc" || fail "cannot mount /proc in $r"
      mount --rbind /dev "$r/dev" || fail "cannot bind /dev into $r"
      while [ "$n" -gt 0 ]; do
        mount --bind "$1" "$r$1" || fail "cannot bind $1 into $r"
        shift; n=$((n-1))
      done
      exec chroot "$r" "$@"
      """;

  private final Path root;
  private final List<Path> shared;
  private final List<Path> madeDirs;

  private ReleaseRoot(Path root, List<Path> shared, List<Path> madeDirs) {
    this.root = root;
    this.shared = shared;
    this.madeDirs = madeDirs;
  }

  /**
   * Enters the prepared root of {@code release}, sharing {@code paths} with it.
   *
   * @throws CephTestClusterException if the root is not prepared (naming the script to run), this
   *     process is not root, or a shared path would leave the root through a symbolic link
   */
  public static ReleaseRoot enter(Release release, List<Path> paths) {
    Path root = locate(release, System.getenv(), System.getProperty("user.home"));
    requirePrepared(release, root);
    if (!runningAsRoot()) {
      throw new CephTestClusterException(
          "Ceph "
              + release.version()
              + " runs from the root "
              + root
              + " with chroot and bind mounts, which need root; run the tests (or the launcher) as"
              + " root, or use --release "
              + Release.PACIFIC.cliName());
    }
    return enter(release, root, paths);
  }

  /** {@link #enter(Release, List)} with the root given, and no check of who runs it. */
  static ReleaseRoot enter(Release release, Path root, List<Path> paths) {
    requirePrepared(release, root);
    // Outer paths first, and none under another: a later bind would hide an earlier inner one.
    List<Path> sorted =
        paths.stream()
            .map(p -> p.toAbsolutePath().normalize())
            .sorted(Comparator.comparingInt(Path::getNameCount))
            .toList();
    List<Path> shared = new ArrayList<>();
    List<Path> made = new ArrayList<>();
    for (Path abs : sorted) {
      if (shared.stream().noneMatch(abs::startsWith)) {
        made.addAll(makeMountPoint(root, abs));
        shared.add(abs);
      }
    }
    return new ReleaseRoot(root, List.copyOf(shared), List.copyOf(made));
  }

  private static void requirePrepared(Release release, Path root) {
    List<String> missing = missingBinaries(release, root);
    if (!missing.isEmpty()) {
      throw new CephTestClusterException(notPreparedMessage(release, root, missing));
    }
  }

  /**
   * Where the root of {@code release} lives: {@code $JRADOS_CEPH_<RELEASE>_ROOT}, else {@code
   * ${XDG_CACHE_HOME:-~/.cache}/jrados/ceph-<release>-<version>}; the same rule as {@code
   * bin/install-ceph-reef}.
   */
  public static Path locate(Release release, Map<String, String> env, String userHome) {
    String own = env.get("JRADOS_CEPH_" + release.name().toUpperCase(Locale.ROOT) + "_ROOT");
    if (own != null && !own.isBlank()) {
      return Path.of(own).toAbsolutePath().normalize();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome).resolve(".cache");
    return cache
        .resolve("jrados")
        .resolve("ceph-" + release.cliName() + "-" + release.version())
        .toAbsolutePath()
        .normalize();
  }

  /** The file the install script writes last, so only a complete root has it. */
  public static Path marker(Release release, Path root) {
    return root.resolve(".jrados-ceph-" + release.cliName() + "-complete");
  }

  /**
   * The binaries of {@link BackendSelector#NATIVE_BINARIES} the root lacks; all of them while the
   * root has no completion marker (a half-made root counts as absent).
   */
  public static List<String> missingBinaries(Release release, Path root) {
    if (!Files.isRegularFile(marker(release, root))) {
      return BackendSelector.NATIVE_BINARIES;
    }
    List<String> missing = new ArrayList<>();
    for (String bin : BackendSelector.NATIVE_BINARIES) {
      if (!Files.isExecutable(root.resolve("usr/bin").resolve(bin))
          && !Files.isExecutable(root.resolve("usr/sbin").resolve(bin))) {
        missing.add(bin);
      }
    }
    return missing;
  }

  /** What is wrong with the root and the command that fixes it. */
  public static String notPreparedMessage(Release release, Path root, List<String> missing) {
    String what =
        Files.isRegularFile(marker(release, root))
            ? "lacks " + String.join(", ", missing)
            : "is not prepared (no " + marker(release, root).getFileName() + ")";
    return "the Ceph "
        + release.version()
        + " ("
        + release.cliName()
        + ") root "
        + root
        + " "
        + what
        + "; prepare it with `"
        + release.installCommand()
        + "` (as root: debootstrap and apt-get, a few minutes, ~700 MB)";
  }

  /** The root's directory on the host. */
  public Path root() {
    return root;
  }

  /** The host paths the root sees at the same place. */
  public List<Path> shared() {
    return shared;
  }

  @Override
  public List<String> wrap(List<String> argv) {
    List<String> w = new ArrayList<>();
    w.addAll(List.of("unshare", "--mount", "--propagation", "private"));
    w.addAll(List.of("sh", "-c", ENTER_SCRIPT, "sh", root.toString()));
    w.add(Integer.toString(shared.size()));
    shared.forEach(p -> w.add(p.toString()));
    w.addAll(argv);
    return w;
  }

  @Override
  public String describe() {
    return "this machine, chroot " + root;
  }

  /**
   * Removes the mount point directories this instance made inside the root, deepest first, each
   * only while empty. Directories that were there before (the root's own {@code tmp}, or mount
   * points a previous process made for a cluster it started) stay.
   */
  @Override
  public void close() {
    for (int i = madeDirs.size() - 1; i >= 0; i--) {
      removeIfEmpty(madeDirs.get(i));
    }
  }

  private static void removeIfEmpty(Path dir) {
    try {
      Files.delete(dir);
    } catch (DirectoryNotEmptyException | NoSuchFileException e) {
      // Still in use by another cluster's mount point, or already gone: not ours to remove.
    } catch (IOException e) {
      throw new CephTestClusterException("cannot remove the mount point " + dir + ": " + e, e);
    }
  }

  /**
   * Makes the directory {@code hostPath} is bound onto inside the root; returns the directories it
   * created, outermost first. A symbolic link on the way is refused: mount would follow it out of
   * the root, onto the host's own tree.
   */
  private static List<Path> makeMountPoint(Path root, Path hostPath) {
    List<Path> made = new ArrayList<>();
    Path q = root;
    for (Path part : hostPath.getRoot().relativize(hostPath)) {
      q = q.resolve(part);
      if (Files.isSymbolicLink(q)) {
        throw new CephTestClusterException(
            "cannot share "
                + hostPath
                + " with the Ceph root: "
                + q
                + " is a symbolic link inside it; put the cluster directory elsewhere (e.g. under"
                + " /tmp)");
      }
      if (!Files.isDirectory(q)) {
        try {
          Files.createDirectory(q);
          made.add(q);
        } catch (FileAlreadyExistsException raced) {
          // Another cluster made it at the same moment; it is theirs to remove.
        } catch (IOException e) {
          throw new CephTestClusterException(
              "cannot create the mount point " + q + " for " + hostPath + ": " + e, e);
        }
      }
    }
    return made;
  }

  private static boolean runningAsRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("Uid:")) {
          String[] f = line.substring(4).trim().split("\\s+");
          return f.length > 1 && f[1].equals("0"); // the effective uid
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  @Override
  public String toString() {
    return "ReleaseRoot[" + root + ", shares " + shared + "]";
  }

  /** The root of a release if it is prepared on this machine. */
  public static Optional<Path> preparedRoot(Release release) {
    Path root = locate(release, System.getenv(), System.getProperty("user.home"));
    return missingBinaries(release, root).isEmpty() ? Optional.of(root) : Optional.empty();
  }
}
