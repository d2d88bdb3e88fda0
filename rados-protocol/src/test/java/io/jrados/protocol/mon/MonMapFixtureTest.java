package io.jrados.protocol.mon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.messages.Codec;
import io.jrados.protocol.messages.MMonMap;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The MonMap of a real 3-mon Pacific 16.2.15 cluster ({@code ceph mon getmap}) checked against
 * {@code ceph mon dump -f json} of the same cluster.
 */
class MonMapFixtureTest {
  private static final byte[] MONMAP = Codec.resource(MonMapFixtureTest.class, "monmap-3mons.bin");

  private static JsonNode dump() throws IOException {
    return new ObjectMapper()
        .readTree(Codec.resource(MonMapFixtureTest.class, "monmap-3mons.json"));
  }

  private static MonMap decode(byte[] bytes) {
    Codec.Decoded<MonMap> decoded = Codec.decode(bytes, MonMap::decode);
    assertThat(decoded.consumed()).as("bytes consumed").isEqualTo(bytes.length);
    return decoded.value();
  }

  @Test
  void headerFieldsMatchMonDump() throws IOException {
    JsonNode dump = dump();

    MonMap map = decode(MONMAP);

    assertThat(map.epoch()).isEqualTo(dump.get("epoch").asLong());
    assertThat(map.fsid()).isEqualTo(UUID.fromString(dump.get("fsid").asText()));
    // Ceph prints times to the microsecond, truncating.
    assertThat(map.lastChanged().toInstant().truncatedTo(ChronoUnit.MICROS).toString())
        .isEqualTo(dump.get("modified").asText());
    assertThat(map.created().toInstant().truncatedTo(ChronoUnit.MICROS).toString())
        .isEqualTo(dump.get("created").asText());
    assertThat(map.minMonRelease()).isEqualTo(dump.get("min_mon_release").asInt());
    assertThat(map.election().strategy()).isEqualTo(dump.get("election_strategy").asInt());
    assertThat(map.election().stretchMode()).isEqualTo(dump.get("stretch_mode").asBoolean());
    assertThat(map.election().tiebreakerMon()).isEqualTo(dump.get("tiebreaker_mon").asText());
    // One persistent feature bit per name listed (kraken … elector-pinging), none optional.
    assertThat(Long.bitCount(map.persistentFeatures()))
        .isEqualTo(dump.get("features").get("persistent").size());
    assertThat(map.optionalFeatures()).isZero();
  }

  @Test
  void monsRanksAndAddressesMatchMonDump() throws IOException {
    JsonNode mons = dump().get("mons");

    MonMap map = decode(MONMAP);

    List<MonInfo> ranked = map.monsInRankOrder();
    assertThat(ranked).hasSize(mons.size());
    for (JsonNode mon : mons) {
      int rank = mon.get("rank").asInt();
      MonInfo info = ranked.get(rank);
      assertThat(info.name()).isEqualTo(mon.get("name").asText());
      assertThat(map.rankOf(info.name())).isEqualTo(rank);
      assertThat(info.priority()).isEqualTo(mon.get("priority").asInt());
      assertThat(info.weight()).isEqualTo(mon.get("weight").asInt());
      assertThat(info.crushLocation()).isEmpty();
      JsonNode addrvec = mon.get("public_addrs").get("addrvec");
      assertThat(info.publicAddrs().addrs()).hasSize(addrvec.size());
      for (int i = 0; i < addrvec.size(); i++) {
        JsonNode addr = addrvec.get(i);
        assertThat(info.publicAddrs().addrs().get(i).toString())
            .isEqualTo(
                addr.get("type").asText()
                    + ":"
                    + addr.get("addr").asText()
                    + "/"
                    + addr.get("nonce").asLong());
      }
      EntityAddr msgr2 = info.publicAddrs().pickMsgr2().orElseThrow();
      assertThat(msgr2.type()).isEqualTo(EntityAddr.TYPE_MSGR2);
    }
  }

  @Test
  void ranksFollowTheAddressOrderNotTheNameOrder() {
    MonMap map = decode(MONMAP);

    // Names sort a, b, c; the ranks sort by address (ports 36121 < 39679 < 43589).
    assertThat(map.mons().keySet()).containsExactly("a", "b", "c");
    assertThat(map.ranks()).containsExactly("b", "c", "a");
    assertThat(
            map.monsInRankOrder().stream()
                .map(m -> m.publicAddrs().pickMsgr2().orElseThrow().socketAddress().getPort())
                .toList())
        .isSorted();
  }

  @Test
  void reEncodesToTheSameBytes() {
    assertThat(Codec.encode(decode(MONMAP)::encode)).isEqualTo(MONMAP);
  }

  @Test
  void monMapMessageCarriesIt() {
    MMonMap message = new MMonMap(MONMAP);
    byte[] front = Codec.encode(message::encode);

    MMonMap decoded = Codec.decode(front, d -> MMonMap.decode(d, MMonMap.HEAD_VERSION)).value();

    assertThat(decoded.monMapBytes()).isEqualTo(MONMAP);
    assertThat(decoded.monMap()).isEqualTo(decode(MONMAP));
  }
}
