package io.jrados.testcluster;

import io.jrados.testcluster.internal.ReleaseRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses where a cluster's daemons run: the release's native binaries (the host's packages, or the
 * release's prepared root) when they are all there, else a container when a Docker engine answers,
 * else an error that says how to install that release.
 */
public final class BackendSelector {

  /** The executables a native cluster runs. */
  public static final List<String> NATIVE_BINARIES =
      List.of("ceph-mon", "ceph-osd", "ceph-mgr", "ceph", "monmaptool", "rados");

  /** What the selector needs to know about the machine; replaceable in tests. */
  public interface Machine {
    /** The names from {@link #NATIVE_BINARIES} that are not installed for {@code release}. */
    List<String> missingBinaries(Release release);

    /** Empty when a Docker engine answers, else why not. */
    Optional<String> dockerProblem();
  }

  private final Machine machine;

  public BackendSelector(Machine machine) {
    this.machine = machine;
  }

  /** A selector looking at this machine's PATH and Docker engine. */
  public static BackendSelector forThisMachine() {
    return new BackendSelector(new ThisMachine());
  }

  /**
   * Resolves a requested backend to NATIVE or CONTAINER for a cluster of {@code release}.
   *
   * @throws CephNotInstalledException when the request cannot be met, saying how to fix it
   */
  public Backend select(Backend requested, Release release) {
    switch (requested) {
      case NATIVE:
        List<String> missing = machine.missingBinaries(release);
        if (!missing.isEmpty()) {
          throw new CephNotInstalledException(release, missing, "the native backend was asked for");
        }
        return Backend.NATIVE;
      case CONTAINER:
        Optional<String> problem = machine.dockerProblem();
        if (problem.isPresent()) {
          throw new CephTestClusterException(
              "the container backend was asked for, but " + problem.get());
        }
        return Backend.CONTAINER;
      case AUTO:
      default:
        List<String> absent = machine.missingBinaries(release);
        if (absent.isEmpty()) {
          return Backend.NATIVE;
        }
        Optional<String> why = machine.dockerProblem();
        if (why.isEmpty()) {
          return Backend.CONTAINER;
        }
        throw new CephNotInstalledException(release, absent, why.get());
    }
  }

  /**
   * Looks at the real PATH (or the release's root) and asks Testcontainers about Docker (only when
   * it must).
   */
  static final class ThisMachine implements Machine {
    @Override
    public List<String> missingBinaries(Release release) {
      if (release.preparedRoot()) {
        return ReleaseRoot.missingBinaries(
            release, ReleaseRoot.locate(release, System.getenv(), System.getProperty("user.home")));
      }
      Set<Path> dirs = new LinkedHashSet<>();
      String path = System.getenv().getOrDefault("PATH", "");
      for (String d : path.split(java.io.File.pathSeparator)) {
        if (!d.isBlank()) {
          dirs.add(Path.of(d));
        }
      }
      dirs.add(Path.of("/usr/bin"));
      dirs.add(Path.of("/usr/sbin"));
      List<String> missing = new ArrayList<>();
      for (String bin : NATIVE_BINARIES) {
        boolean found = dirs.stream().anyMatch(d -> Files.isExecutable(d.resolve(bin)));
        if (!found) {
          missing.add(bin);
        }
      }
      return missing;
    }

    @Override
    public Optional<String> dockerProblem() {
      try {
        if (org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
          return Optional.empty();
        }
        return Optional.of("no Docker engine is reachable");
      } catch (RuntimeException | LinkageError e) {
        return Optional.of("no Docker engine is reachable (" + e.getMessage() + ")");
      }
    }
  }
}
