package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CephClusterSpecTest {

  @Test
  void defaultsAreOneMonOneOsdMsgr2Only() {
    CephClusterSpec s = CephClusterSpec.builder().build();
    assertThat(s.mons()).isEqualTo(1);
    assertThat(s.osds()).isEqualTo(1);
    assertThat(s.mgr()).isFalse();
    assertThat(s.msgr1()).isFalse();
    assertThat(s.describe()).isEqualTo("1 mon + 1 OSD");
  }

  @Test
  void monCountIsBounded() {
    assertThatThrownBy(() -> CephClusterSpec.builder().mons(0)).hasMessageContaining("1..5");
    assertThatThrownBy(() -> CephClusterSpec.builder().mons(6)).hasMessageContaining("1..5");
    assertThat(CephClusterSpec.builder().mons(5).osds(0).build().describe())
        .isEqualTo("5 mons + 0 OSDs");
  }

  @Test
  void confFromLauncherSyntax() {
    CephClusterSpec s =
        CephClusterSpec.builder()
            .conf("mon/auth_mon_ticket_ttl=60")
            .conf("global/ms mon service mode=secure crc")
            .build();
    assertThat(s.conf().get("mon")).containsEntry("auth_mon_ticket_ttl", "60");
    assertThat(s.conf().get("global")).containsEntry("ms mon service mode", "secure crc");
  }

  @Test
  void malformedConfIsRejectedWithTheInput() {
    assertThatThrownBy(() -> CephClusterSpec.builder().conf("no-section=1"))
        .hasMessageContaining("section/option=value")
        .hasMessageContaining("no-section=1");
    assertThatThrownBy(() -> CephClusterSpec.builder().conf("global", "x", "a\nb"))
        .hasMessageContaining("single-line");
  }

  @Test
  void toBuilderKeepsEverything() {
    CephClusterSpec s =
        CephClusterSpec.builder().mons(3).osds(2).mgr(true).msgr1(true).conf("osd/a=b").build();
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.toBuilder().osds(3).build()).isNotEqualTo(s);
  }
}
