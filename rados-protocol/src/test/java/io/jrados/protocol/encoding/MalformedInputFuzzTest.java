package io.jrados.protocol.encoding;

import static io.jrados.protocol.encoding.Wire.decode;
import static io.jrados.protocol.encoding.Wire.encode;
import static org.assertj.core.api.Assertions.fail;

import io.jrados.protocol.ProtocolException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Feeds corrupted encodings to every decoder: each must either decode or throw a {@link
 * ProtocolException}, never an index, allocation or other runtime error.
 */
class MalformedInputFuzzTest {
  private static final int ROUNDS = 20_000;

  private record Target(String name, byte[] valid, Function<CephDecoder, ?> decoder) {}

  private static final List<Target> TARGETS =
      List.of(
          new Target(
              "addrvec",
              encode(
                  EntityAddrVec.parse("[v2:10.0.0.1:3300/7,v1:[fe80::1]:6789/8,any:0.0.0.0:0/9]")
                      ::encode),
              EntityAddrVec::decode),
          new Target(
              "legacy addr",
              Wire.hex("00 000000 2a000000 0002 1a85 0a000001" + "00".repeat(120)),
              EntityAddr::decode),
          new Target(
              "entity name", encode(EntityName.parse("client.admin")::encode), EntityName::decode),
          new Target("entity num", encode(EntityNum.parse("osd.7")::encode), EntityNum::decode),
          new Target("utime", encode(new UTime(1, 2)::encode), UTime::decode),
          new Target("nested structs", nestedStructs(), MalformedInputFuzzTest::decodeNested));

  @Test
  void corruptedEncodingsFailOnlyWithProtocolException() {
    Random random = new Random(0x5EED);
    for (int round = 0; round < ROUNDS; round++) {
      Target target = TARGETS.get(random.nextInt(TARGETS.size()));
      byte[] input = corrupt(target.valid(), random);
      try {
        decode(input, target.decoder());
      } catch (ProtocolException expected) {
        // The only acceptable failure.
      } catch (RuntimeException | Error e) {
        fail("%s decoder threw %s on %s", target.name(), e, Wire.hex(input), e);
      }
    }
  }

  private static byte[] corrupt(byte[] valid, Random random) {
    switch (random.nextInt(4)) {
      case 0:
        {
          byte[] out = valid.clone();
          for (int i = random.nextInt(3) + 1; i > 0; i--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
          }
          return out;
        }
      case 1:
        {
          // Set a whole little-endian word to a huge value, as a forged length or count would.
          byte[] out = valid.clone();
          int at = random.nextInt(Math.max(1, out.length - 3));
          for (int i = at; i < Math.min(out.length, at + 4); i++) {
            out[i] = (byte) (i == at + 3 ? 0x7F : 0xFF);
          }
          return out;
        }
      case 2:
        return Arrays.copyOf(valid, random.nextInt(valid.length));
      default:
        {
          byte[] out = new byte[random.nextInt(64)];
          random.nextBytes(out);
          return out;
        }
    }
  }

  private static byte[] nestedStructs() {
    return encode(
        e -> {
          CephEncoder.StructToken outer = e.startStruct(2, 1);
          e.string("pool").list(List.of(1L, 2L), (v, enc) -> enc.u32(v));
          CephEncoder.StructToken inner = e.startStruct(1, 1);
          e.map(
              new TreeMap<>(Map.of("k", new byte[] {1})),
              (k, enc) -> enc.string(k),
              (v, enc) -> enc.bufferlist(v));
          e.endStruct(inner);
          e.uuid(new UUID(1, 2));
          e.endStruct(outer);
        });
  }

  private static Object decodeNested(CephDecoder d) {
    VersionedStruct outer = d.startStruct("outer_t", 2);
    d.string();
    d.list(4, CephDecoder::u32);
    VersionedStruct inner = d.startStruct("inner_t", 1);
    Object map = d.map(8, CephDecoder::string, CephDecoder::bufferlist);
    d.endStruct(inner);
    d.uuid();
    d.endStruct(outer);
    return map;
  }
}
