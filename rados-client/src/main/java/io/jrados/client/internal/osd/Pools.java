package io.jrados.client.internal.osd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.internal.mon.MonClient;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Pool lookups against the OSDMap, and the pool changes that go through the mons. Lookups use a map
 * at least as new as the mons' newest, as librados does, so a pool created by another client a
 * moment ago is found and one deleted is not.
 */
public final class Pools {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MonClient mon;
  private final Objecter objecter;
  private final Duration monTimeout;

  public Pools(MonClient mon, Objecter objecter, Duration monTimeout) {
    this.mon = mon;
    this.objecter = objecter;
    this.monTimeout = monTimeout;
  }

  /** The pool's id, or empty. */
  public CompletableFuture<OptionalLong> find(String name) {
    return objecter.mapQueries().latestMap().thenApply(m -> m.poolId(name));
  }

  /** The pool's id; fails with {@link PoolNotFoundException}. */
  public CompletableFuture<Long> lookup(String name) {
    return objecter
        .mapQueries()
        .latestMap()
        .thenApply(
            m ->
                m.poolId(name)
                    .orElseThrow(() -> new PoolNotFoundException("'" + name + "'", m.epoch())));
  }

  /** The pool's name; fails with {@link PoolNotFoundException}. */
  public CompletableFuture<String> name(long id) {
    return objecter
        .mapQueries()
        .latestMap()
        .thenApply(
            m -> {
              return m.poolName(id)
                  .orElseThrow(() -> new PoolNotFoundException("#" + id, m.epoch()));
            });
  }

  /** Every pool's name, in id order. */
  public CompletableFuture<List<String>> list() {
    return objecter.mapQueries().latestMap().thenApply(m -> List.copyOf(m.poolNames().values()));
  }

  /**
   * Creates a replicated pool ({@code pgNum} 0: the cluster's default) and waits until our map has
   * it, so an I/O context opened right after finds it.
   */
  public CompletableFuture<Void> create(String name, int pgNum) {
    String json =
        pgNum > 0
            ? command("prefix", "osd pool create", "pool", name, "pg_num", pgNum)
            : command("prefix", "osd pool create", "pool", name);
    return mon.command(json, new byte[0], monTimeout).thenCompose(r -> waitForMap(r.orThrow(json)));
  }

  /** Deletes a pool; the mons must have {@code mon_allow_pool_delete} set. */
  public CompletableFuture<Void> delete(String name) {
    String json =
        command(
            "prefix",
            "osd pool delete",
            "pool",
            name,
            "pool2",
            name,
            "yes_i_really_really_mean_it",
            true);
    return mon.command(json, new byte[0], monTimeout).thenCompose(r -> waitForMap(r.orThrow(json)));
  }

  private CompletableFuture<Void> waitForMap(Object ignored) {
    return objecter.mapQueries().latestMap().thenApply(m -> null);
  }

  private static String command(Object... keyValues) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < keyValues.length; i += 2) {
      o.putPOJO((String) keyValues[i], keyValues[i + 1]);
    }
    return o.toString();
  }
}
