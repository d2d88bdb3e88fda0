package io.jrados.protocol.osdmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The maps and oracle outputs captured from the 16.2.15 test cluster (see the README there). */
final class Fixtures {
  /** Epochs with a full map, an osdmaptool dump and a pg dump. */
  static final int[] FULL_EPOCHS = {1, 28, 33, 37, 41, 44, 46, 53, 54, 58, 66};

  /** Incrementals are there for every epoch from 1 to this one. */
  static final int LAST_EPOCH = 66;

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static OsdMap full(int epoch) {
    return OsdMap.decode(Unpooled.wrappedBuffer(bytes("full-" + epoch + ".bin")));
  }

  static OsdMapIncremental inc(int epoch) {
    return OsdMapIncremental.decode(Unpooled.wrappedBuffer(bytes("inc-" + epoch + ".bin")));
  }

  static JsonNode dump(int epoch) {
    try {
      return new ObjectMapper().readTree(bytes("dump-" + epoch + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> jsonLines(String name) {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : text(name).split("\n")) {
      if (!line.isBlank()) {
        try {
          out.add(mapper.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }
}
