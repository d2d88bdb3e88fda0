package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendSelectorTest {

  private static BackendSelector machine(List<String> missing, String dockerProblem) {
    return new BackendSelector(
        new BackendSelector.Machine() {
          @Override
          public List<String> missingBinaries(Release release) {
            return missing;
          }

          @Override
          public Optional<String> dockerProblem() {
            return Optional.ofNullable(dockerProblem);
          }
        });
  }

  @Test
  void autoPrefersNativeBinariesEvenWhenDockerIsThere() {
    assertThat(machine(List.of(), null).select(Backend.AUTO, Release.PACIFIC))
        .isEqualTo(Backend.NATIVE);
  }

  @Test
  void autoFallsBackToContainerWhenBinariesAreMissing() {
    assertThat(machine(List.of("ceph-osd"), null).select(Backend.AUTO, Release.PACIFIC))
        .isEqualTo(Backend.CONTAINER);
  }

  @Test
  void autoWithNeitherSaysWhatIsMissingAndHowToInstall() {
    assertThatThrownBy(
            () ->
                machine(List.of("ceph-mon", "ceph-osd"), "no engine")
                    .select(Backend.AUTO, Release.PACIFIC))
        .isInstanceOf(CephNotInstalledException.class)
        .hasMessageContaining("ceph-mon, ceph-osd")
        .hasMessageContaining("bin/install-ceph")
        .hasMessageContaining("no engine");
  }

  @Test
  void nativeRequestedWithoutBinariesFailsEvenWithDocker() {
    assertThatThrownBy(
            () -> machine(List.of("ceph-mgr"), null).select(Backend.NATIVE, Release.PACIFIC))
        .isInstanceOf(CephNotInstalledException.class)
        .satisfies(
            e -> assertThat(((CephNotInstalledException) e).missing()).containsExactly("ceph-mgr"));
  }

  @Test
  void containerRequestedWithoutDockerSaysWhy() {
    assertThatThrownBy(
            () ->
                machine(List.of(), "no Docker engine is reachable")
                    .select(Backend.CONTAINER, Release.PACIFIC))
        .isInstanceOf(CephTestClusterException.class)
        .hasMessageContaining("container backend was asked for")
        .hasMessageContaining("no Docker engine is reachable");
  }

  @Test
  void containerRequestedWithDockerIsHonouredEvenWithBinaries() {
    assertThat(machine(List.of(), null).select(Backend.CONTAINER, Release.PACIFIC))
        .isEqualTo(Backend.CONTAINER);
  }

  @Test
  void aReefRootMissingSaysToRunItsInstallScript() {
    assertThatThrownBy(
            () -> machine(List.of("ceph-mon"), "no engine").select(Backend.AUTO, Release.REEF))
        .isInstanceOf(CephNotInstalledException.class)
        .hasMessageContaining("Ceph 18.2.7 (reef) root")
        .hasMessageContaining("`bin/install-ceph-reef`")
        .hasMessageContaining("no engine");
  }

  @Test
  void releasesParseByTheirLauncherNames() {
    assertThat(Release.parse("reef")).isEqualTo(Release.REEF);
    assertThat(Release.parse(" Pacific ")).isEqualTo(Release.PACIFIC);
    assertThatThrownBy(() -> Release.parse("squid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown Ceph release 'squid'; expected one of pacific, reef");
  }
}
