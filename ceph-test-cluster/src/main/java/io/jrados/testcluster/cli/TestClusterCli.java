package io.jrados.testcluster.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.testcluster.Backend;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.CephTestClusters;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.Release;
import io.jrados.testcluster.internal.ClusterState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/ceph-test-cluster}: start, stop and show a throwaway native Ceph cluster kept in a
 * directory. {@code start} prints one line of JSON and leaves the daemons running.
 */
@Command(
    name = "ceph-test-cluster",
    mixinStandardHelpOptions = true,
    description = "Start, stop and show a throwaway local Ceph cluster made of real daemons.",
    subcommands = {
      TestClusterCli.Start.class,
      TestClusterCli.Stop.class,
      TestClusterCli.Status.class
    })
public final class TestClusterCli {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Exit status for a cluster that is not (fully) running, as `status` reports it. */
  static final int EXIT_NOT_RUNNING = 3;

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new TestClusterCli());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          // Our exceptions carry the whole story; a stack trace would only bury it.
          if (e instanceof CephTestClusterException || e instanceof IllegalArgumentException) {
            cmd.getErr().println("ceph-test-cluster: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    System.exit(cli.execute(args));
  }

  @Command(name = "start", description = "Start a cluster in DIR and print its JSON summary.")
  static final class Start implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "Directory for the cluster's files.")
    Path dir;

    @Option(names = "--mons", defaultValue = "1", description = "Monitors, 1..5 (default 1).")
    int mons;

    @Option(names = "--osds", defaultValue = "1", description = "OSDs (default 1).")
    int osds;

    @Option(names = "--mgr", description = "Also run a mgr (needed for PG stats and df).")
    boolean mgr;

    @Option(names = "--msgr1", description = "Also bind the legacy v1 protocol.")
    boolean msgr1;

    @Option(
        names = "--conf",
        description = "Extra ceph.conf option as section/option=value; repeatable.")
    List<String> conf = new ArrayList<>();

    @Option(
        names = "--release",
        defaultValue = "pacific",
        description =
            "Ceph release: pacific (the host's packages, default) or reef (18.2.7 from the root"
                + " bin/install-ceph-reef prepares).")
    String release;

    @Option(
        names = "--timeout",
        defaultValue = "120",
        description = "Seconds to wait for the cluster to be ready (default 120).")
    int timeoutSeconds;

    @CommandLine.Spec CommandLine.Model.CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
      CephClusterSpec.Builder b =
          CephClusterSpec.builder()
              .mons(mons)
              .osds(osds)
              .mgr(mgr)
              .msgr1(msgr1)
              .dataDir(dir)
              .backend(Backend.NATIVE)
              .release(Release.parse(release))
              .readyTimeout(Duration.ofSeconds(timeoutSeconds));
      conf.forEach(b::conf);
      // The startup line goes to stderr: stdout carries only the JSON line.
      java.io.PrintStream out = System.out;
      System.setOut(System.err);
      CephCluster c;
      try {
        c = CephTestClusters.start(b.build());
      } finally {
        System.setOut(out);
      }
      c.detach();
      PrintWriter w = cmd.commandLine().getOut();
      w.println(JSON.writeValueAsString(ClusterState.summary(c)));
      w.flush();
      return 0;
    }
  }

  @Command(name = "stop", description = "Stop the cluster in DIR; its logs stay in DIR/log.")
  static final class Stop implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "The directory given to start.")
    Path dir;

    @Override
    public Integer call() {
      CephTestClusters.attach(dir).close();
      return 0;
    }
  }

  @Command(name = "status", description = "Print the JSON summary of the cluster in DIR again.")
  static final class Status implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "The directory given to start.")
    Path dir;

    @CommandLine.Spec CommandLine.Model.CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
      CephCluster c = CephTestClusters.attach(dir);
      PrintWriter w = cmd.commandLine().getOut();
      w.println(JSON.writeValueAsString(ClusterState.readSummary(dir)));
      w.flush();
      List<String> down = new ArrayList<>();
      for (DaemonId d : c.daemons()) {
        if (!c.isRunning(d)) {
          down.add(d.toString());
        }
      }
      if (!down.isEmpty()) {
        cmd.commandLine().getErr().println("ceph-test-cluster: not running: " + down);
        return EXIT_NOT_RUNNING;
      }
      return 0;
    }
  }
}
