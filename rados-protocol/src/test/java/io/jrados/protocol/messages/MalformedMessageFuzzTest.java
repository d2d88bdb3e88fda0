package io.jrados.protocol.messages;

import static org.assertj.core.api.Assertions.fail;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.mon.MonMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Feeds corrupted encodings to every message decoder and to the MonMap decoder: each must either
 * decode or throw a {@link ProtocolException}, never an index, allocation or other runtime error.
 */
class MalformedMessageFuzzTest {
  private static final int ROUNDS = 20_000;

  private record Target(String name, byte[] valid, Function<CephDecoder, ?> decoder) {}

  private static List<Target> targets() {
    List<Target> out = new ArrayList<>();
    MessageRoundTripTest.cases()
        .forEach(
            c ->
                out.add(
                    new Target(
                        c.toString(),
                        Codec.encode(c.message()::encode),
                        d -> c.decoder().apply(d, c.message().headerVersion()))));
    out.add(
        new Target(
            "MonMap",
            Codec.resource(
                MalformedMessageFuzzTest.class, "/io/jrados/protocol/mon/monmap-3mons.bin"),
            MonMap::decode));
    return out;
  }

  @Test
  void corruptedEncodingsFailOnlyWithProtocolException() {
    List<Target> targets = targets();
    Random random = new Random(0xC0DEC);
    for (int round = 0; round < ROUNDS; round++) {
      Target target = targets.get(random.nextInt(targets.size()));
      byte[] input = corrupt(target.valid(), random);
      try {
        Codec.decode(input, target.decoder());
      } catch (ProtocolException expected) {
        // The only acceptable failure.
      } catch (RuntimeException | Error e) {
        fail("%s decoder threw %s on %s", target.name(), e, Codec.hex(input), e);
      }
    }
  }

  private static byte[] corrupt(byte[] valid, Random random) {
    byte[] out = valid.clone();
    if (random.nextBoolean()) {
      for (int i = random.nextInt(3) + 1; i > 0; i--) {
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
      }
    } else {
      // A huge little-endian word, as a forged length or count would be.
      int at = random.nextInt(Math.max(1, out.length - 3));
      for (int i = at; i < Math.min(out.length, at + 4); i++) {
        out[i] = (byte) (i == at + 3 ? 0x7F : 0xFF);
      }
    }
    return out;
  }
}
