package io.jrados.testcluster.internal;

import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.CommandResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Runs Ceph's binaries inside one long-lived Ceph container. The container uses the host's network,
 * so daemons listen on the host's loopback exactly as native ones do, and it sees the cluster's
 * directory at the same path, so {@code ceph.conf} and every path in it mean the same on both
 * sides. Linux only (host networking); the container is removed when this host closes.
 */
public final class ContainerHost implements DaemonHost {
  private final GenericContainer<?> container;

  private ContainerHost(GenericContainer<?> container) {
    this.container = container;
  }

  /** Starts an idle container of {@code image} with {@code dir} bind-mounted at the same path. */
  @SuppressWarnings("resource") // closed by close()
  public static ContainerHost start(String image, Path dir) {
    GenericContainer<?> c =
        new GenericContainer<>(DockerImageName.parse(image))
            .withNetworkMode("host")
            .withFileSystemBind(dir.toString(), dir.toString(), BindMode.READ_WRITE)
            .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sleep", "infinity"));
    try {
      c.start();
    } catch (RuntimeException e) {
      throw new CephTestClusterException("cannot start container " + image + ": " + e, e);
    }
    return new ContainerHost(c);
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    // Daemons fork; their stdio must not be the exec's streams, or the exec never ends. So the
    // command's output goes to temp files inside the container and is printed once it exits.
    List<String> wrapped = new ArrayList<>();
    wrapped.add("sh");
    wrapped.add("-c");
    wrapped.add(
        "o=$(mktemp); e=$(mktemp); \"$@\" >\"$o\" 2>\"$e\" </dev/null; rc=$?;"
            + " cat \"$o\"; cat \"$e\" >&2; rm -f \"$o\" \"$e\"; exit $rc");
    wrapped.add("sh");
    wrapped.addAll(argv);
    CompletableFuture<ExecResult> f =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return container.execInContainer(wrapped.toArray(String[]::new));
              } catch (Exception e) {
                throw new CephTestClusterException("exec in container failed: " + e, e);
              }
            });
    try {
      ExecResult r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new CommandResult(argv, r.getExitCode(), r.getStdout(), r.getStderr());
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new CephTestClusterException(
          "`" + String.join(" ", argv) + "` did not finish within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw new CephTestClusterException(
          "`" + String.join(" ", argv) + "` failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CephTestClusterException("interrupted running `" + String.join(" ", argv) + "`");
    }
  }

  @Override
  public void signal(long pid, boolean kill) {
    run(List.of("kill", kill ? "-KILL" : "-TERM", Long.toString(pid)), Duration.ofSeconds(30));
  }

  @Override
  public boolean alive(long pid) {
    // The state letter follows the ")" that closes the command name; "Z" is a zombie.
    String script =
        "s=$(cut -d')' -f2 /proc/"
            + pid
            + "/stat 2>/dev/null) || exit 1; case \"$s\" in \" Z\"*) exit 1;; esac";
    return run(List.of("sh", "-c", script), Duration.ofSeconds(30)).ok();
  }

  @Override
  public Optional<String> commandLine(long pid) {
    CommandResult r =
        run(
            List.of("sh", "-c", "tr '\\0' ' ' < /proc/" + pid + "/cmdline"),
            Duration.ofSeconds(30));
    return r.ok() && !r.stdout().isBlank() && alive(pid)
        ? Optional.of(r.stdout().strip())
        : Optional.empty();
  }

  @Override
  public String describe() {
    return "container " + container.getContainerId();
  }

  @Override
  public void close() {
    container.stop();
  }
}
