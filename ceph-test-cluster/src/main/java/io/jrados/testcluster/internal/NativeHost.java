package io.jrados.testcluster.internal;

import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.CommandResult;
import io.jrados.testcluster.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Ceph's binaries as plain processes of this machine: the host's own packages, or a release's
 * prepared root through a {@link CommandWrapper}. Either way the processes share this machine's
 * pids, so signals and {@code /proc} work the same.
 */
public final class NativeHost implements DaemonHost {
  private final CommandWrapper wrapper;

  /** A host running the host's own Ceph packages. */
  public NativeHost() {
    this(CommandWrapper.direct());
  }

  public NativeHost(CommandWrapper wrapper) {
    this.wrapper = wrapper;
  }

  /**
   * The host for a cluster of {@code release} laid out as {@code layout}: the host's packages, or
   * the release's root sharing the cluster's directories and this JVM's temporary directory (tests
   * hand the oracle CLIs files from there, e.g. {@code rados put NAME FILE}).
   */
  public static NativeHost forRelease(Release release, ClusterLayout layout) {
    if (!release.preparedRoot()) {
      return new NativeHost();
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    return new NativeHost(ReleaseRoot.enter(release, List.of(tmp, layout.dir(), layout.runDir())));
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("jrados-cmd", ".out");
      err = Files.createTempFile("jrados-cmd", ".err");
      ProcessBuilder pb = new ProcessBuilder(wrapper.wrap(argv));
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
        throw new CephTestClusterException(
            "`"
                + String.join(" ", argv)
                + "` did not finish within "
                + timeout.toSeconds()
                + " s; its stderr so far: "
                + Files.readString(err, StandardCharsets.UTF_8).strip());
      }
      return new CommandResult(
          argv,
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CephTestClusterException("could not run `" + String.join(" ", argv) + "`: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CephTestClusterException("interrupted running `" + String.join(" ", argv) + "`", e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  @Override
  public void signal(long pid, boolean kill) {
    Optional<ProcessHandle> h = ProcessHandle.of(pid);
    if (h.isPresent()) {
      if (kill) {
        h.get().destroyForcibly();
      } else {
        h.get().destroy();
      }
    }
  }

  @Override
  public boolean alive(long pid) {
    // A daemon we killed may linger as a zombie until its parent (init) reaps it; it holds no
    // ports and no files then, so it counts as gone.
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    try {
      String s = Files.readString(stat, StandardCharsets.UTF_8);
      int close = s.lastIndexOf(')');
      return close < 0 || close + 2 >= s.length() || s.charAt(close + 2) != 'Z';
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Optional<String> commandLine(long pid) {
    if (!alive(pid)) {
      return Optional.empty();
    }
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String describe() {
    return wrapper.describe();
  }

  @Override
  public void close() {
    wrapper.close();
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // A temp file we could not delete is not worth failing a command for.
      }
    }
  }
}
