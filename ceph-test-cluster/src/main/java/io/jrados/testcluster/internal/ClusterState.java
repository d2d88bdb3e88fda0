package io.jrados.testcluster.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrados.testcluster.Backend;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.MonAddress;
import io.jrados.testcluster.Release;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cluster.json} a cluster writes into its directory: the launcher's one-line summary
 * (conf, keyring, fsid, mon_hosts) plus what a later process needs to stop it.
 */
public final class ClusterState {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterState() {}

  /** The launcher's summary: exactly conf, keyring, fsid and mon_hosts. */
  public static ObjectNode summary(CephCluster c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("conf", c.confPath().toString());
    o.put("keyring", c.adminKeyringPath().toString());
    o.put("fsid", c.fsid());
    ArrayNode hosts = o.putArray("mon_hosts");
    c.monHosts().forEach(hosts::add);
    return o;
  }

  static void write(ManagedCephCluster c) {
    ObjectNode o = summary(c);
    o.put("backend", c.backend().name());
    o.put("release", c.spec().release().cliName());
    o.put("run_dir", c.layout().runDir().toString());
    o.put("mgr", c.spec().mgr());
    o.put("msgr1", c.spec().msgr1());
    ArrayNode mons = o.putArray("mons");
    for (MonAddress m : c.monAddresses()) {
      mons.addObject()
          .put("name", m.name())
          .put("host", m.host())
          .put("v2_port", m.v2Port())
          .put("v1_port", m.v1Port());
    }
    ArrayNode daemons = o.putArray("daemons");
    c.daemons().forEach(d -> daemons.add(d.toString()));
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(c.layout().state().toFile(), o);
    } catch (IOException e) {
      throw new CephTestClusterException("cannot write " + c.layout().state() + ": " + e, e);
    }
  }

  /** Reads the summary back, as the launcher's {@code status} prints it. */
  public static ObjectNode readSummary(Path dir) {
    JsonNode all = read(dir);
    ObjectNode o = JSON.createObjectNode();
    for (String f : List.of("conf", "keyring", "fsid", "mon_hosts")) {
      o.set(f, all.get(f));
    }
    return o;
  }

  /**
   * Rebuilds a handle on a cluster a previous process started and detached (native only), running
   * its commands the way they ran at start (the host's packages or the release's root).
   */
  public static ManagedCephCluster attach(Path dir) {
    JsonNode s = read(dir);
    if (!Backend.NATIVE.name().equals(s.path("backend").asText())) {
      throw new CephTestClusterException(
          dir
              + " was started by the "
              + s.path("backend").asText()
              + " backend; only native"
              + " clusters outlive the process that started them");
    }
    List<MonAddress> mons = new ArrayList<>();
    s.path("mons")
        .forEach(
            m ->
                mons.add(
                    new MonAddress(
                        m.path("name").asText(),
                        m.path("host").asText(),
                        m.path("v2_port").asInt(),
                        m.path("v1_port").asInt())));
    List<DaemonId> daemons = new ArrayList<>();
    s.path("daemons").forEach(d -> daemons.add(DaemonId.parse(d.asText())));
    // Clusters from before releases were recorded are Pacific ones.
    Release release = Release.parse(s.path("release").asText(Release.PACIFIC.cliName()));
    int osds = (int) daemons.stream().filter(d -> d.type().cephName().equals("osd")).count();
    CephClusterSpec spec =
        CephClusterSpec.builder()
            .mons(mons.size())
            .osds(osds)
            .mgr(s.path("mgr").asBoolean())
            .msgr1(s.path("msgr1").asBoolean())
            .dataDir(dir)
            .backend(Backend.NATIVE)
            .release(release)
            .build();
    ClusterLayout layout = new ClusterLayout(dir, Path.of(s.path("run_dir").asText()));
    DaemonHost host = NativeHost.forRelease(release, layout);
    ManagedCephCluster c =
        new ManagedCephCluster(
            spec, Backend.NATIVE, host, layout, s.path("fsid").asText(), mons, daemons, false);
    c.detach(); // Looking at a cluster must not stop it when this process exits.
    return c;
  }

  private static JsonNode read(Path dir) {
    Path file = dir.toAbsolutePath().normalize().resolve("cluster.json");
    if (!Files.isRegularFile(file)) {
      throw new CephTestClusterException(
          "no test cluster in " + dir + " (no cluster.json); start one with `start --dir`");
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new CephTestClusterException("cannot read " + file + ": " + e, e);
    }
  }
}
