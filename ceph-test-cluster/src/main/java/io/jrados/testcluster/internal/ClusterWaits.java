package io.jrados.testcluster.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.ClusterNotReadyException;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.DaemonStartException;
import io.jrados.testcluster.DaemonType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every wait a cluster does: each polls with a deadline, says what it last saw when the deadline
 * passes, and fails at once (with the log tail) if a daemon it depends on has died.
 */
final class ClusterWaits {
  private static final long POLL_MILLIS = 250;

  private final ManagedCephCluster cluster;

  ClusterWaits(ManagedCephCluster cluster) {
    this.cluster = cluster;
  }

  /** What one poll saw: whether the wait is over, and a description for the timeout message. */
  record Seen(boolean done, String description) {}

  void until(String what, Duration timeout, List<DaemonId> mustLive, Supplier<Seen> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "nothing yet";
    while (true) {
      for (DaemonId d : mustLive) {
        if (!cluster.isRunning(d)) {
          throw new DaemonStartException(
              d, "its process died while waiting for " + what, cluster.logTail(d));
        }
      }
      try {
        Seen seen = probe.get();
        if (seen.done()) {
          return;
        }
        last = seen.description();
      } catch (CephTestClusterException e) {
        last = e.getMessage(); // A CLI call can fail while the cluster is still forming.
      }
      if (System.nanoTime() > deadline) {
        throw new ClusterNotReadyException(what, timeout, last);
      }
      sleep(POLL_MILLIS);
    }
  }

  List<String> quorum(int size, Duration timeout) {
    List<String> names = new ArrayList<>();
    until(
        size + " mons in quorum",
        timeout,
        List.of(),
        () -> {
          JsonNode q = cluster.cephJson("quorum_status");
          names.clear();
          q.path("quorum_names").forEach(n -> names.add(n.asText()));
          return new Seen(names.size() == size, "quorum " + names);
        });
    return List.copyOf(names);
  }

  void osdsUp(int count, Duration timeout) {
    until(
        count + " OSDs up",
        timeout,
        cluster.daemonsOfType(DaemonType.OSD).size() == count
            ? cluster.daemonsOfType(DaemonType.OSD)
            : List.of(),
        () -> {
          JsonNode s = cluster.cephJson("osd", "stat");
          int up = s.path("num_up_osds").asInt(-1);
          return new Seen(
              up == count, up + " of " + s.path("num_osds").asInt(-1) + " OSDs up, want " + count);
        });
  }

  void mgrAvailable(Duration timeout) {
    until(
        "an active mgr",
        timeout,
        cluster.daemonsOfType(DaemonType.MGR),
        () -> {
          JsonNode s = cluster.cephJson("mgr", "stat");
          return new Seen(s.path("available").asBoolean(false), "mgr stat " + s);
        });
  }

  void healthOk(Duration timeout) {
    until(
        "HEALTH_OK",
        timeout,
        List.of(),
        () -> {
          JsonNode h = cluster.cephJson("health");
          String status = h.path("status").asText();
          List<String> checks = new ArrayList<>();
          h.path("checks")
              .fields()
              .forEachRemaining(
                  e ->
                      checks.add(
                          e.getKey()
                              + ": "
                              + e.getValue().path("summary").path("message").asText()));
          return new Seen("HEALTH_OK".equals(status), status + " " + checks);
        });
  }

  void activeClean(Duration timeout) {
    until(
        "all PGs active+clean",
        timeout,
        List.of(),
        () -> {
          JsonNode s = cluster.cephJson("pg", "stat");
          int total = s.path("pg_summary").path("num_pgs").asInt(s.path("num_pgs").asInt(-1));
          JsonNode byState = s.path("pg_summary").path("num_pg_by_state");
          if (byState.isMissingNode()) {
            byState = s.path("num_pg_by_state");
          }
          int clean = 0;
          List<String> states = new ArrayList<>();
          for (JsonNode st : byState) {
            states.add(st.path("name").asText() + "=" + st.path("num").asInt());
            if ("active+clean".equals(st.path("name").asText())) {
              clean = st.path("num").asInt();
            }
          }
          return new Seen(total >= 0 && clean == total, total + " PGs: " + states);
        });
  }

  /** Waits until the daemon's pid file names a live process of it. */
  boolean pidAppears(DaemonId d, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (cluster.livePid(d).isPresent()) {
        return true;
      }
      sleep(50);
    }
    return false;
  }

  boolean processGone(long pid, Duration timeout) {
    return processesGone(List.of(pid), timeout).isEmpty();
  }

  /** Waits for the processes to exit; returns those still alive at the deadline. */
  List<Long> processesGone(List<Long> pids, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Long> left = new ArrayList<>(pids);
    while (true) {
      left.removeIf(p -> !cluster.host().alive(p));
      if (left.isEmpty() || System.nanoTime() > deadline) {
        return left;
      }
      sleep(50);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CephTestClusterException("interrupted while waiting on the cluster", e);
    }
  }
}
