package io.jrados.testcluster.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.testcluster.Release;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which release the extension's clusters get: the annotation's, else the run's property. */
class CephClusterExtensionReleaseTest {

  @CephClusterConfig(release = Release.REEF)
  static final class AskingForReef {}

  @CephClusterConfig(osds = 0)
  static final class NotSaying {}

  @CephClusterConfig(release = {Release.PACIFIC, Release.REEF})
  static final class AskingForTwo {}

  @AfterEach
  void clearProperty() {
    System.clearProperty(CephClusterExtension.RELEASE_PROPERTY);
  }

  private static CephClusterConfig cfg(Class<?> c) {
    return c.getAnnotation(CephClusterConfig.class);
  }

  @Test
  void withoutThePropertyEverythingIsPacificUnlessTheClassSaysOtherwise() {
    assertThat(CephClusterExtension.sharedSpec().release()).isEqualTo(Release.PACIFIC);
    assertThat(CephClusterExtension.specOf(cfg(NotSaying.class)).release())
        .isEqualTo(Release.PACIFIC);
    assertThat(CephClusterExtension.specOf(cfg(AskingForReef.class)).release())
        .isEqualTo(Release.REEF);
  }

  @Test
  void thePropertyMovesTheSharedClusterAndClassesThatDoNotSay() {
    System.setProperty(CephClusterExtension.RELEASE_PROPERTY, "reef");
    assertThat(CephClusterExtension.sharedSpec().release()).isEqualTo(Release.REEF);
    assertThat(CephClusterExtension.specOf(cfg(NotSaying.class)).release()).isEqualTo(Release.REEF);
  }

  @Test
  void badValuesAreRefusedByName() {
    System.setProperty(CephClusterExtension.RELEASE_PROPERTY, "quincy");
    assertThatThrownBy(CephClusterExtension::sharedSpec)
        .hasMessageContaining("unknown Ceph release 'quincy'");
    System.clearProperty(CephClusterExtension.RELEASE_PROPERTY);
    assertThatThrownBy(() -> CephClusterExtension.specOf(cfg(AskingForTwo.class)))
        .hasMessageContaining("names 2 releases; give at most one");
  }
}
