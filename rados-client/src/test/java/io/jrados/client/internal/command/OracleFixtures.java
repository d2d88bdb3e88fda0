package io.jrados.client.internal.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the fixtures capture-oracle.sh recorded from a real Pacific cluster and ceph tool. */
final class OracleFixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/io/jrados/client/command/";

  private OracleFixtures() {}

  static byte[] descriptions() {
    return bytes("oracle-descriptions.json");
  }

  static JsonNode expectations() {
    try {
      return JSON.readTree(bytes("oracle-expectations.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CommandMatcher matcher() {
    return new CommandMatcher(CommandDescriptions.parse(descriptions()));
  }

  private static byte[] bytes(String name) {
    try (InputStream in = OracleFixtures.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
