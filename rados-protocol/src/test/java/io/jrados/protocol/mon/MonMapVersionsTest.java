package io.jrados.protocol.mon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.TruncatedInputException;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.messages.Codec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Struct versions other than the one Pacific writes, and malformed maps. */
class MonMapVersionsTest {
  private static final byte[] MONMAP = Codec.resource(MonMapVersionsTest.class, "monmap-3mons.bin");

  private static final MonInfo MON_A =
      new MonInfo(
          "a",
          EntityAddrVec.parse("[v2:10.0.0.1:3300/0,v1:10.0.0.1:6789/0]"),
          1,
          2,
          new TreeMap<>(Map.of("datacenter", "dc1")));

  private static final MonMap MAP =
      new MonMap(
          UUID.fromString("6ea44005-9c05-419c-8b49-321ae6e3ed91"),
          3,
          new UTime(100, 5),
          new UTime(90, 0),
          0xff,
          0,
          new TreeMap<>(Map.of("a", MON_A)),
          List.of("a"),
          16,
          new MonMap.ElectionSettings(
              new TreeSet<>(List.of(4)),
              3,
              new TreeSet<>(List.of("a")),
              true,
              "a",
              new TreeSet<>()));

  @Test
  void roundTripsEveryField() {
    byte[] bytes = Codec.encode(MAP::encode);

    assertThat(Codec.decode(bytes, MonMap::decode).value()).isEqualTo(MAP);
  }

  @Test
  void newerVersionsWithExtraFieldsAreReadByLength() {
    // A future encoder: MonMap v10 and mon_info_t v6, each with three more bytes we do not know.
    byte[] bytes =
        Codec.encode(
            e -> {
              CephEncoder.StructToken map = e.startStruct(10, 6);
              e.uuid(MAP.fsid()).u32(MAP.epoch());
              MAP.lastChanged().encode(e);
              MAP.created().encode(e);
              monFeatures(e, MAP.persistentFeatures());
              monFeatures(e, MAP.optionalFeatures());
              e.u32(1).string("a");
              CephEncoder.StructToken info = e.startStruct(6, 1);
              e.string("a");
              MON_A.publicAddrs().encode(e);
              e.u16(1).u16(2).u32(1).string("datacenter").string("dc1");
              e.bytes(new byte[] {7, 7, 7});
              e.endStruct(info);
              e.u32(1).string("a").u8(16);
              MAP.election().encode(e);
              e.bytes(new byte[] {9, 9, 9});
              e.endStruct(map);
            });

    Codec.Decoded<MonMap> decoded = Codec.decode(bytes, MonMap::decode);

    assertThat(decoded.value()).isEqualTo(MAP);
    assertThat(decoded.consumed()).isEqualTo(bytes.length);
  }

  @Test
  void version7HasNoElectionSettings() {
    // The fixture cut back to v7: without removed_ranks … stretch_marked_down_mons (18 bytes).
    byte[] v7 = withVersion(Arrays.copyOf(MONMAP, MONMAP.length - 18), 7);

    MonMap map = Codec.decode(v7, MonMap::decode).value();

    assertThat(map.election()).isEqualTo(MonMap.ElectionSettings.DEFAULT);
    assertThat(map.ranks()).containsExactly("b", "c", "a");
  }

  @Test
  void version8HasElectionButNoStretchSettings() {
    // Without stretch_mode_enabled, tiebreaker_mon and stretch_marked_down_mons (9 bytes).
    byte[] v8 = withVersion(Arrays.copyOf(MONMAP, MONMAP.length - 9), 8);

    MonMap map = Codec.decode(v8, MonMap::decode).value();

    assertThat(map.election().strategy()).isEqualTo(1);
    assertThat(map.election().stretchMode()).isFalse();
  }

  @Test
  void tooNewCompatIsRefused() {
    byte[] bytes = MONMAP.clone();
    bytes[1] = 10;

    assertThatThrownBy(() -> Codec.decode(bytes, MonMap::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("struct MonMap: compat version 10 > supported 9");
  }

  @Test
  void preNautilusEncodingIsRefused() {
    byte[] bytes = MONMAP.clone();
    bytes[0] = 5;
    bytes[1] = 3;

    assertThatThrownBy(() -> Codec.decode(bytes, MonMap::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("MonMap struct_v 5 is a pre-Nautilus encoding");
  }

  @Test
  void rankNamingAnUnknownMonIsRefused() {
    // Rename rank 0 from "b" to "x": the rank list is the first place the name 'b' follows "a".
    byte[] bytes = MONMAP.clone();
    int ranks = indexOfRanks(bytes);
    bytes[ranks + 8] = 'x';

    assertThatThrownBy(() -> Codec.decode(bytes, MonMap::decode))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("MonMap epoch 1: rank list [x, c, a] names 'x'");
  }

  @Test
  void everyTruncationFails() {
    for (int length = 0; length < MONMAP.length; length++) {
      byte[] prefix = Arrays.copyOf(MONMAP, length);
      assertThatThrownBy(() -> Codec.decode(prefix, MonMap::decode))
          .as("decoding the first %d of %d bytes", length, MONMAP.length)
          .isInstanceOf(TruncatedInputException.class);
    }
  }

  private static void monFeatures(CephEncoder e, long features) {
    CephEncoder.StructToken t = e.startStruct(1, 1);
    e.u64(features);
    e.endStruct(t);
  }

  /** {@code bytes} with the MonMap header's struct_v and struct_len set to match. */
  private static byte[] withVersion(byte[] bytes, int version) {
    bytes[0] = (byte) version;
    int length = bytes.length - 6;
    for (int i = 0; i < 4; i++) {
      bytes[2 + i] = (byte) (length >>> (8 * i));
    }
    return bytes;
  }

  /** Offset of the ranks vector: count 3, then string "b". */
  private static int indexOfRanks(byte[] bytes) {
    byte[] needle = Codec.hex("03000000 01000000 62");
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("no rank list in the fixture");
  }
}
