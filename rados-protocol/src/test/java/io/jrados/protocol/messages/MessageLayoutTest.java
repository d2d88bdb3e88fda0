package io.jrados.protocol.messages;

import static io.jrados.protocol.messages.Codec.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Exact bytes of hand-computed layouts, and the fields older header versions lack. */
class MessageLayoutTest {
  private static final UUID FSID = UUID.fromString("6ea44005-9c05-419c-8b49-321ae6e3ed91");
  private static final String FSID_HEX = "6ea440059c05419c8b49321ae6e3ed91";

  @Test
  void monCommandFromAClient() {
    MMonCommand command = MMonCommand.fromClient(FSID, "{\"prefix\":\"df\"}");

    assertThat(hex(Codec.encode(command::encode)))
        .isEqualTo(
            Codec.digits(
                "0000000000000000" // paxos version 0
                    + "ffff" // session_mon -1
                    + "0000000000000000" // session_mon_tid 0
                    + FSID_HEX
                    + "01000000" // one command part
                    + "0f000000" // of 15 bytes
                    + "7b22707265666978223a226466227d")); // {"prefix":"df"}
    assertThat(command.headerVersion()).isEqualTo(1);
    assertThat(command.compatVersion()).isZero();
  }

  @Test
  void monCommandAckFromAMon() {
    byte[] front =
        hex(
            "0500000000000000 ffff 0000000000000000" // paxos version 5
                + "feffffff" // r = -2
                + "02000000 6e6f" // rs = "no"
                + "01000000 02000000 7b7d"); // cmd = ["{}"]

    MMonCommandAck ack = Codec.decode(front, d -> MMonCommandAck.decode(d, 1)).value();

    assertThat(ack.paxos()).isEqualTo(new PaxosHeader(5, (short) -1, 0));
    assertThat(ack.result()).isEqualTo(-2);
    assertThat(ack.status()).isEqualTo("no");
    assertThat(ack.command()).containsExactly("{}");
  }

  @Test
  void monSubscribeVersion3EndsWithTheHostName() {
    MMonSubscribe subscribe =
        new MMonSubscribe(
            new TreeMap<>(
                Map.of(
                    "osdmap", new MMonSubscribe.Subscription(0, MMonSubscribe.FLAG_ONETIME),
                    "monmap", new MMonSubscribe.Subscription(0, 0))),
            "h1");

    assertThat(hex(Codec.encode(subscribe::encode)))
        .isEqualTo(
            Codec.digits(
                "02000000" // two subscriptions, sorted by name
                    + "06000000 6d6f6e6d6170 0000000000000000 00" // monmap from 0, continuous
                    + "06000000 6f73646d6170 0000000000000000 01" // osdmap from 0, onetime
                    + "02000000 6831")); // hostname "h1"
    assertThat(subscribe.headerVersion()).isEqualTo(3);
    assertThat(subscribe.compatVersion()).isEqualTo(1);
  }

  @Test
  void monSubscribeVersion2HasNoHostName() {
    byte[] front = hex("01000000 06000000 6f73646d6170 0a00000000000000 01");

    Codec.Decoded<MMonSubscribe> decoded = Codec.decode(front, d -> MMonSubscribe.decode(d, 2));

    assertThat(decoded.consumed()).isEqualTo(front.length);
    assertThat(decoded.value().hostname()).isEmpty();
    MMonSubscribe.Subscription osdmap = decoded.value().subscriptions().get("osdmap");
    assertThat(osdmap.start()).isEqualTo(10);
    assertThat(osdmap.onetime()).isTrue();
  }

  @Test
  void monSubscribeBeforeVersion2IsRefused() {
    byte[] front = hex("00000000");

    assertThatThrownBy(() -> Codec.decode(front, d -> MMonSubscribe.decode(d, 1)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("mon_subscribe: header version 1 is older than the oldest supported");
  }

  @Test
  void getVersionReplyVersion1HasNoOldest() {
    byte[] front = hex("0700000000000000 2a00000000000000");

    MMonGetVersionReply reply = Codec.decode(front, d -> MMonGetVersionReply.decode(d, 1)).value();

    assertThat(reply).isEqualTo(new MMonGetVersionReply(7, 42, 0));
  }

  @Test
  void osdMapVersion1HasNoEpochRange() {
    byte[] front = hex(FSID_HEX + "00000000" + "01000000 03000000 02000000 abcd");

    MOSDMap map = Codec.decode(front, d -> MOSDMap.decode(d, 1)).value();

    assertThat(map.incrementalMaps()).isEmpty();
    assertThat(map.fullMaps()).containsOnlyKeys(3L);
    assertThat(map.fullMaps().get(3L)).containsExactly(0xab, 0xcd);
    assertThat(map.oldest()).isZero();
    assertThat(map.newest()).isZero();
    assertThat(map.firstEpoch()).isEqualTo(3);
    assertThat(map.lastEpoch()).isEqualTo(3);
  }

  @Test
  void osdMapVersion4EndsWithAnEmptyGapRemovedSnaps() {
    MOSDMap map = new MOSDMap(FSID, new TreeMap<>(), new TreeMap<>(), 2, 9);

    assertThat(hex(Codec.encode(map::encode)))
        .isEqualTo(
            Codec.digits(FSID_HEX + "00000000" + "00000000" + "02000000 09000000" + "00000000"));
    assertThat(map.firstEpoch()).isZero();
    assertThat(map.lastEpoch()).isZero();
  }

  @Test
  void authWithoutMonmapEpochReadsZero() {
    byte[] front = hex("0000000000000000 ffff 0000000000000000" + "02000000" + "01000000 ee");

    MAuth auth = Codec.decode(front, d -> MAuth.decode(d, 1)).value();

    assertThat(auth).isEqualTo(new MAuth(PaxosHeader.CLIENT, 2, new byte[] {(byte) 0xee}, 0));
  }

  @Test
  void authReplyLayout() {
    MAuthReply reply = new MAuthReply(2, -13, 0x1122, new byte[] {1}, "denied");

    assertThat(hex(Codec.encode(reply::encode)))
        .isEqualTo(
            Codec.digits(
                "02000000 f3ffffff 2211000000000000" + "01000000 01" + "06000000 64656e696564"));
  }

  @Test
  void configLayout() {
    MConfig config = new MConfig(new TreeMap<>(Map.of("b", "2", "a", "1")));

    assertThat(hex(Codec.encode(config::encode)))
        .isEqualTo(Codec.digits("02000000 01000000 61 01000000 31 01000000 62 01000000 32"));
  }

  @Test
  void payloadArraysAreCopied() {
    byte[] payload = {1, 2, 3};
    MAuth auth = new MAuth(PaxosHeader.CLIENT, 2, payload, 0);
    payload[0] = 9;
    auth.payload()[1] = 9;

    assertThat(auth.payload()).containsExactly(1, 2, 3);
    assertThat(new MMonCommandAck(PaxosHeader.CLIENT, 0, "", List.of()).command()).isEmpty();
  }
}
