package io.jrados.client.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case capture-oracle.sh ran through the real {@code ceph} tool against a real cluster: the
 * Java matcher must submit the same JSON (same keys, order, value types) to the same daemon, or
 * refuse with the same stderr text and exit status.
 */
class CommandMatcherOracleTest {
  private static final CommandMatcher MATCHER = OracleFixtures.matcher();

  @TestFactory
  Stream<DynamicTest> matchesWhatTheCephToolDoes() {
    return StreamSupport.stream(OracleFixtures.expectations().spliterator(), false)
        .map(c -> DynamicTest.dynamicTest(String.join(" ", words(c)), () -> check(c)));
  }

  @Test
  void fixtureCoversSubmissionsAndRefusals() {
    JsonNode cases = OracleFixtures.expectations();
    long submitted =
        StreamSupport.stream(cases.spliterator(), false).filter(c -> c.has("command")).count();
    assertThat(submitted).isGreaterThanOrEqualTo(40);
    assertThat(cases.size() - submitted).isGreaterThanOrEqualTo(20);
  }

  private static void check(JsonNode expected) throws Exception {
    Map<String, Object> extra = new LinkedHashMap<>();
    expected
        .path("extra")
        .fields()
        .forEachRemaining(f -> extra.put(f.getKey(), f.getValue().asText()));
    if (expected.has("command")) {
      MatchedCommand matched = MATCHER.match(words(expected), extra);
      // Compare serialized text: it checks key order and number formatting, not just equality.
      assertThat(OracleFixtures.JSON.writeValueAsString(matched.command()))
          .isEqualTo(OracleFixtures.JSON.writeValueAsString(expected.get("command")));
      assertThat(matched.target().name().toLowerCase()).isEqualTo(expected.get("target").asText());
    } else {
      CommandMatchException refused =
          catchThrowableOfType(
              CommandMatchException.class, () -> MATCHER.match(words(expected), extra));
      assertThat(refused).as("refused").isNotNull();
      assertThat(refused.getMessage()).isEqualTo(expected.get("stderr").asText().stripTrailing());
      assertThat(refused.exitCode()).isEqualTo(expected.get("exitCode").asInt());
    }
  }

  private static List<String> words(JsonNode expected) {
    List<String> words = new ArrayList<>();
    expected.get("words").forEach(w -> words.add(w.asText()));
    return words;
  }
}
