package io.jrados.protocol.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.TruncatedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message: encode, decode at the header version it writes, compare; and every truncation of
 * the encoding fails as truncated input.
 */
class MessageRoundTripTest {
  static final UUID FSID = UUID.fromString("6ea44005-9c05-419c-8b49-321ae6e3ed91");

  /**
   * A message and its decoder. {@code prefixesThatDecode} lists the prefix lengths that are
   * complete encodings in their own right because the message ends with an optional field.
   */
  record Case(
      CephMessage message,
      BiFunction<CephDecoder, Integer, CephMessage> decoder,
      Set<Integer> prefixesThatDecode) {
    @Override
    public String toString() {
      return message.getClass().getSimpleName();
    }
  }

  static Stream<Case> cases() {
    MAuth auth = new MAuth(PaxosHeader.CLIENT, 2, new byte[] {1, 0, 2, 3}, 7);
    return Stream.of(
        new Case(new MMonMap(new byte[] {9, 6, 0, 0, 0, 0}), MMonMap::decode, Set.of()),
        new Case(
            new MMonSubscribe(
                new TreeMap<>(
                    Map.of(
                        "monmap", new MMonSubscribe.Subscription(3, 0),
                        "osdmap", new MMonSubscribe.Subscription(0, MMonSubscribe.FLAG_ONETIME))),
                "client-host"),
            MMonSubscribe::decode,
            Set.of()),
        new Case(new MMonSubscribeAck(300, FSID), MMonSubscribeAck::decode, Set.of()),
        new Case(
            new MOSDMap(
                FSID,
                new TreeMap<>(Map.of(5L, new byte[] {1, 2}, 6L, new byte[] {3})),
                new TreeMap<>(Map.of(6L, new byte[] {4, 5, 6})),
                1,
                6),
            MOSDMap::decode,
            // gap_removed_snaps, the trailing u32, is not read.
            Set.of()),
        new Case(
            new MConfig(new TreeMap<>(Map.of("debug_ms", "1/5", "ms_mode", "secure"))),
            MConfig::decode,
            Set.of()),
        new Case(new MMonGetVersion(42, "osdmap"), MMonGetVersion::decode, Set.of()),
        new Case(new MMonGetVersionReply(42, 17, 3), MMonGetVersionReply::decode, Set.of()),
        new Case(
            MMonCommand.fromClient(FSID, "{\"prefix\": \"status\"}"),
            MMonCommand::decode,
            Set.of()),
        new Case(
            new MMonCommandAck(
                new PaxosHeader(12, (short) -1, 0), -2, "pool 'x' does not exist", List.of("{}")),
            MMonCommandAck::decode,
            Set.of()),
        new Case(
            auth,
            MAuth::decode,
            // Without monmap_epoch, the last four bytes, the message is still complete.
            Set.of(Codec.encode(auth::encode).length - 4)),
        new Case(
            new MAuthReply(2, 0, 4242, new byte[] {9, 8, 7}, "ok"), MAuthReply::decode, Set.of()),
        new Case(
            new MGetPoolStats(PaxosHeader.CLIENT, FSID, List.of("rbd", "gold")),
            MGetPoolStats::decode,
            Set.of()),
        new Case(
            new MGetPoolStatsReply(
                new PaxosHeader(9, (short) -1, 0),
                FSID,
                new TreeMap<>(Map.of("gold", samplePoolStat(1), "rbd", samplePoolStat(100))),
                true),
            MGetPoolStatsReply::decode,
            Set.of()),
        new Case(
            new MStatfs(PaxosHeader.CLIENT, FSID, java.util.OptionalLong.empty()),
            MStatfs::decode,
            Set.of()),
        new Case(
            new MStatfs(PaxosHeader.CLIENT, FSID, java.util.OptionalLong.of(3)),
            MStatfs::decode,
            Set.of()),
        new Case(
            new MStatfsReply(FSID, 21, 3145728, 91, 3145636, 2), MStatfsReply::decode, Set.of()),
        new Case(
            MPoolOp.client(FSID, 7, PoolOpCode.DELETE_UNMANAGED_SNAP, 0x1122334455L),
            MPoolOp::decode,
            Set.of()),
        new Case(
            new MPoolOp(
                new PaxosHeader(12, (short) -1, 0),
                FSID,
                0xFFFF_FFFEL,
                PoolOpCode.CREATE_SNAP,
                0,
                "snap-a",
                (short) 3),
            MPoolOp::decode,
            Set.of()),
        new Case(
            new MPoolOpReply(
                new PaxosHeader(40, (short) -1, 0),
                FSID,
                0,
                41,
                java.util.Optional.of(new byte[] {2, 0, 0, 0, 0, 0, 0, 0})),
            MPoolOpReply::decode,
            Set.of()),
        new Case(
            new MPoolOpReply(
                new PaxosHeader(40, (short) -1, 0), FSID, -22, 40, java.util.Optional.empty()),
            MPoolOpReply::decode,
            Set.of()));
  }

  /** A pool_stat_t whose every counter differs, so a field read out of place shows. */
  static PoolStat samplePoolStat(long base) {
    long[] counters = new long[ObjectStatSum.COUNTERS];
    for (int i = 0; i < counters.length; i++) {
      counters[i] = base + i;
    }
    long[] store = new long[10];
    for (int i = 0; i < store.length; i++) {
      store[i] = base * 1000 + i;
    }
    return new PoolStat(new ObjectStatSum(counters), base + 50, base + 51, 3, 2, store, 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesWhatItEncodes(Case c) {
    byte[] bytes = Codec.encode(c.message()::encode);
    Codec.Decoded<CephMessage> decoded =
        Codec.decode(bytes, d -> c.decoder().apply(d, c.message().headerVersion()));
    assertThat(decoded.value()).isEqualTo(c.message());
    assertThat(decoded.value().hashCode()).isEqualTo(c.message().hashCode());
    int unread = c.message() instanceof MOSDMap ? 4 : 0;
    assertThat(decoded.consumed()).isEqualTo(bytes.length - unread);
    assertThat(Codec.encode(decoded.value()::encode)).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyTruncationFails(Case c) {
    byte[] bytes = Codec.encode(c.message()::encode);
    int needed =
        Codec.decode(bytes, d -> c.decoder().apply(d, c.message().headerVersion())).consumed();
    for (int length = 0; length < needed; length++) {
      byte[] prefix = Arrays.copyOf(bytes, length);
      if (c.prefixesThatDecode().contains(length)) {
        continue;
      }
      assertThatThrownBy(
              () -> Codec.decode(prefix, d -> c.decoder().apply(d, c.message().headerVersion())))
          .as("decoding the first %d of %d bytes", length, bytes.length)
          .isInstanceOf(TruncatedInputException.class)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void typeMatchesTheMessage(Case c) {
    String expected =
        switch (c.message().getClass().getSimpleName()) {
          case "MMonMap" -> "4";
          case "MMonSubscribe" -> "15";
          case "MMonSubscribeAck" -> "16";
          case "MAuth" -> "17";
          case "MAuthReply" -> "18";
          case "MMonGetVersion" -> "19";
          case "MMonGetVersionReply" -> "20";
          case "MOSDMap" -> "41";
          case "MMonCommand" -> "50";
          case "MMonCommandAck" -> "51";
          case "MConfig" -> "62";
          case "MStatfs" -> "13";
          case "MStatfsReply" -> "14";
          case "MGetPoolStats" -> "58";
          case "MGetPoolStatsReply" -> "59";
          case "MPoolOp" -> "49";
          case "MPoolOpReply" -> "48";
          default -> "unknown";
        };
    assertThat(String.valueOf(c.message().type())).isEqualTo(expected);
    assertThat(c.message().compatVersion()).isLessThanOrEqualTo(c.message().headerVersion());
  }
}
