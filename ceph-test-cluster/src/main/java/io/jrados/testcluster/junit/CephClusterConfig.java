package io.jrados.testcluster.junit;

import io.jrados.testcluster.Release;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a cluster of its own, started before its first test and stopped after its
 * last; for fault tests and tests that need a particular size or config. Classes that only use
 * {@code @ExtendWith(CephClusterExtension.class)} share one cluster per test JVM instead.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CephClusterExtension.class)
public @interface CephClusterConfig {
  int mons() default 1;

  int osds() default 1;

  boolean mgr() default false;

  boolean msgr1() default false;

  /**
   * Extra options, each {@code section/option=value}, e.g. {@code "mon/auth_mon_ticket_ttl=60"}.
   */
  String[] conf() default {};

  int memstoreMiB() default 1024;

  /**
   * The release to run: at most one. Empty (the default) means the run's release, {@code
   * -Djrados.cluster.release} ({@code pacific} unless set), so a whole suite can be pointed at
   * another release without editing its tests.
   */
  Release[] release() default {};
}
