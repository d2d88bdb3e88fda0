package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.assertEveryTruncationFails;
import static io.jrados.protocol.encoding.Wire.decodeAll;
import static io.jrados.protocol.encoding.Wire.encode;
import static io.jrados.protocol.encoding.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityNameTest {
  private static final String CLIENT_ADMIN = "08000000" + "05000000" + "61646d696e";

  @Test
  void encodesTypeAsLe32ThenIdAsString() {
    EntityName name = new EntityName(EntityName.TYPE_CLIENT, "admin");
    assertThat(hex(encode(name::encode))).isEqualTo(CLIENT_ADMIN);
    assertThat(decodeAll(hex(CLIENT_ADMIN), EntityName::decode)).isEqualTo(name);
  }

  @Test
  void typeValuesMatchCeph() {
    assertThat(
            new int[] {
              EntityName.TYPE_MON,
              EntityName.TYPE_MDS,
              EntityName.TYPE_OSD,
              EntityName.TYPE_CLIENT,
              EntityName.TYPE_MGR,
              EntityName.TYPE_AUTH
            })
        .containsExactly(0x01, 0x02, 0x04, 0x08, 0x10, 0x20);
  }

  @Test
  void parsesAndPrintsTypeDotId() {
    assertThat(EntityName.parse("client.admin"))
        .isEqualTo(new EntityName(EntityName.TYPE_CLIENT, "admin"));
    assertThat(EntityName.parse("mgr.x").type()).isEqualTo(EntityName.TYPE_MGR);
    assertThat(EntityName.parse("auth.a").type()).isEqualTo(EntityName.TYPE_AUTH);
    assertThat(EntityName.parse("client.rgw.host1").id()).isEqualTo("rgw.host1");
    for (String text : new String[] {"client.admin", "osd.3", "mon.a", "mds.b", "mgr.x"}) {
      assertThat(EntityName.parse(text)).hasToString(text);
    }
    assertThat(new EntityName(0x40, "x")).hasToString("0x40.x");
  }

  @Test
  void rejectsUnknownTypesAndMalformedText() {
    assertThatThrownBy(() -> EntityName.parse("user.admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown entity type 'user' in 'user.admin';"
                + " expected one of auth, mon, osd, mds, mgr, client");
    assertThatThrownBy(() -> EntityName.parse("admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no '.'");
    assertThatThrownBy(() -> EntityName.parse("client."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty id");
  }

  @Test
  void truncatedInputFails() {
    assertEveryTruncationFails(hex(CLIENT_ADMIN), EntityName::decode);
  }

  @Test
  void entityNumEncodesU8TypeThenLe64Num() {
    EntityNum osd3 = new EntityNum(EntityName.TYPE_OSD, 3);
    assertThat(hex(encode(osd3::encode))).isEqualTo("04" + "0300000000000000");
    assertThat(decodeAll(hex("04 0300000000000000"), EntityNum::decode)).isEqualTo(osd3);
    assertEveryTruncationFails(hex("04 0300000000000000"), EntityNum::decode);
  }

  @Test
  void entityNumParsesAndPrintsLikeCeph() {
    assertThat(EntityNum.parse("client.4123"))
        .isEqualTo(new EntityNum(EntityName.TYPE_CLIENT, 4123));
    assertThat(new EntityNum(EntityName.TYPE_CLIENT, EntityNum.NEW)).hasToString("client.?");
    assertThat(EntityNum.parse("client.?").num()).isEqualTo(EntityNum.NEW);
    assertThat(new EntityNum(EntityName.TYPE_OSD, 12)).hasToString("osd.12");
    assertThatThrownBy(() -> EntityNum.parse("osd.x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x' where a decimal number belongs");
    assertThatThrownBy(() -> new EntityNum(256, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
