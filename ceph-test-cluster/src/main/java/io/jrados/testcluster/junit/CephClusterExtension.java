package io.jrados.testcluster.junit;

import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.CephTestClusters;
import io.jrados.testcluster.Release;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Supplies a running {@link CephCluster} to tests as a parameter (constructor, {@code @BeforeAll},
 * test methods).
 *
 * <p>Without {@link CephClusterConfig}, every class in the test JVM shares one cluster, started on
 * first use and stopped when the JVM's test run ends. Its size comes from system properties: {@code
 * jrados.cluster.mons} (default 1), {@code jrados.cluster.osds} (1), {@code jrados.cluster.mgr}
 * (true), {@code jrados.cluster.release} ({@code pacific}; {@code reef} runs Ceph 18.2.7 from the
 * root {@code bin/install-ceph-reef} prepares). With {@link CephClusterConfig}, the class gets its
 * own cluster, of the run's release unless the annotation names one. A failed test keeps the daemon
 * logs of its cluster and says where.
 */
public final class CephClusterExtension
    implements BeforeAllCallback, ParameterResolver, TestWatcher {
  private static final Namespace NS = Namespace.create(CephClusterExtension.class);
  private static final String SHARED = "shared-cluster";
  private static final String OWN = "own-cluster";

  /** The system property naming the release a test run targets ("pacific", "reef"). */
  public static final String RELEASE_PROPERTY = "jrados.cluster.release";

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster(context); // Start (or reuse) it before any test, so its startup is not timed as a test.
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == CephCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return cluster(e);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    try {
      cluster(context).markFailed();
    } catch (RuntimeException neverStarted) {
      // The cluster did not start, so there are no logs beyond what its error already said.
    }
  }

  private static CephCluster cluster(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    Optional<CephClusterConfig> own =
        Optional.ofNullable(testClass.getAnnotation(CephClusterConfig.class));
    if (own.isPresent()) {
      ExtensionContext classContext = classContext(context);
      return classContext
          .getStore(NS)
          .getOrComputeIfAbsent(
              OWN, k -> new ClusterResource(specOf(own.get())), ClusterResource.class)
          .get();
    }
    return context
        .getRoot()
        .getStore(NS)
        .getOrComputeIfAbsent(SHARED, k -> new ClusterResource(sharedSpec()), ClusterResource.class)
        .get();
  }

  /** The context of the annotated class itself, so nested contexts reuse its cluster. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getParent().isPresent()
        && c.getParent().get().getTestClass().isPresent()
        && c.getTestClass().equals(c.getParent().get().getTestClass())) {
      c = c.getParent().get();
    }
    return c;
  }

  static CephClusterSpec specOf(CephClusterConfig cfg) {
    CephClusterSpec.Builder b =
        CephClusterSpec.builder()
            .mons(cfg.mons())
            .osds(cfg.osds())
            .mgr(cfg.mgr())
            .msgr1(cfg.msgr1())
            .memstoreBytes((long) cfg.memstoreMiB() << 20)
            .release(releaseOf(cfg));
    for (String c : cfg.conf()) {
      b.conf(c);
    }
    return b.build();
  }

  static CephClusterSpec sharedSpec() {
    return CephClusterSpec.builder()
        .mons(Integer.getInteger("jrados.cluster.mons", 1))
        .osds(Integer.getInteger("jrados.cluster.osds", 1))
        .mgr(Boolean.parseBoolean(System.getProperty("jrados.cluster.mgr", "true")))
        .release(runRelease())
        .build();
  }

  /** The release this test run targets: {@code -Djrados.cluster.release}, else Pacific. */
  public static Release runRelease() {
    return Release.parse(System.getProperty(RELEASE_PROPERTY, Release.PACIFIC.cliName()));
  }

  static Release releaseOf(CephClusterConfig cfg) {
    if (cfg.release().length > 1) {
      throw new IllegalArgumentException(
          "@CephClusterConfig names " + cfg.release().length + " releases; give at most one");
    }
    return cfg.release().length == 1 ? cfg.release()[0] : runRelease();
  }

  /**
   * Holds a started cluster, or the reason it could not start, so a broken cluster fails every test
   * that wants it at once instead of timing out once per class.
   */
  @SuppressWarnings("deprecation") // CloseableResource is the 5.11 way for store values to close.
  static final class ClusterResource implements ExtensionContext.Store.CloseableResource {
    private final CephCluster cluster;
    private final RuntimeException failure;

    ClusterResource(CephClusterSpec spec) {
      CephCluster c = null;
      RuntimeException f = null;
      try {
        c = CephTestClusters.start(spec);
      } catch (RuntimeException e) {
        f = e;
      }
      this.cluster = c;
      this.failure = f;
    }

    CephCluster get() {
      if (failure != null) {
        throw failure;
      }
      return cluster;
    }

    @Override
    public void close() {
      if (cluster != null) {
        cluster.close();
      }
    }
  }
}
