package io.jrados.protocol.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A real full OSDMap ({@code ceph osd getmap} of the 16.2.15 test cluster, epoch 6) carried in an
 * MOSDMap.
 */
class OsdMapFixtureTest {
  private static final UUID FSID = UUID.fromString("6ea44005-9c05-419c-8b49-321ae6e3ed91");
  private static final byte[] OSDMAP = Codec.resource(OsdMapFixtureTest.class, "osdmap-e6.bin");

  @Test
  void fixtureIsAFullMapWithTheNautilusClientEncoding() {
    ByteBuffer map = ByteBuffer.wrap(OSDMAP).order(ByteOrder.LITTLE_ENDIAN);
    // Outer OSDMap struct: version 8, compat 7, and a length covering the rest of the file.
    assertThat(map.get(0)).isEqualTo((byte) 8);
    assertThat(map.get(1)).isEqualTo((byte) 7);
    assertThat(map.getInt(2)).isEqualTo(OSDMAP.length - 6);
    // Client part: version 9 (>= 8, the addrvec encoding SERVER_NAUTILUS peers get).
    assertThat(map.get(6)).isEqualTo((byte) 9);
    // Then the fsid and the epoch.
    assertThat(new UUID(map.order(ByteOrder.BIG_ENDIAN).getLong(12), map.getLong(20)))
        .isEqualTo(FSID);
    assertThat(map.order(ByteOrder.LITTLE_ENDIAN).getInt(28)).isEqualTo(6);
  }

  @Test
  void carriesTheMapBlobUnchanged() {
    MOSDMap message = new MOSDMap(FSID, new TreeMap<>(), new TreeMap<>(Map.of(6L, OSDMAP)), 1, 6);
    byte[] front = Codec.encode(message::encode);

    MOSDMap decoded = Codec.decode(front, d -> MOSDMap.decode(d, MOSDMap.HEAD_VERSION)).value();

    assertThat(decoded).isEqualTo(message);
    assertThat(decoded.fullMaps().get(6L)).isEqualTo(OSDMAP);
    assertThat(decoded.firstEpoch()).isEqualTo(6);
    assertThat(decoded.lastEpoch()).isEqualTo(6);
    assertThat(Codec.encode(decoded::encode)).isEqualTo(front);
  }
}
