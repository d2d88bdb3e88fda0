package io.jrados.client.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jrados.client.internal.command.CommandMatchException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the oracle fixture cannot show: daemon-addressed words, extras, hidden commands. */
class CommandMatcherTest {
  private static final CommandMatcher PACIFIC = OracleFixtures.matcher();

  private static CommandMatchException refusal(CommandMatcher matcher, String... words) {
    return catchThrowableOfType(
        CommandMatchException.class, () -> matcher.match(List.of(words), Map.of()));
  }

  @Test
  void refusesWordsAddressedToADaemon() {
    assertThat(refusal(PACIFIC, "tell", "osd.0", "version").reason())
        .isEqualTo(Reason.NOT_MON_OR_MGR);
    assertThat(refusal(PACIFIC, "pg", "1.0", "query").reason()).isEqualTo(Reason.NOT_MON_OR_MGR);
  }

  @Test
  void extraFieldsReplaceInPlaceOrAppend() throws Exception {
    MatchedCommand status =
        PACIFIC.match(
            List.of("osd", "pool", "autoscale-status", "--format", "plain"),
            Map.of("format", "json"));
    assertThat(status.command().toString())
        .isEqualTo(
            "{\"prefix\":\"osd pool autoscale-status\",\"format\":\"json\","
                + "\"target\":[\"mon-mgr\",\"\"]}");
    assertThat(status.signature().prefix()).isEqualTo("osd pool autoscale-status");
    MatchedCommand df = PACIFIC.match(List.of("df"), Map.of("format", "json-pretty"));
    assertThat(df.command().toString()).isEqualTo("{\"prefix\":\"df\",\"format\":\"json-pretty\"}");
  }

  @Test
  void obsoleteNeverMatchesAndHiddenIsNeverSuggested() throws Exception {
    CommandMatcher matcher =
        new CommandMatcher(
            CommandDescriptions.parse(
                ("{\"cmd0\": {\"sig\": [\"foo\", {\"name\": \"x\", \"type\": \"CephInt\"}],"
                        + " \"help\": \"old\", \"flags\": 2},"
                        + " \"cmd1\": {\"sig\": [\"foo\", \"bar\"], \"help\": \"h\", \"flags\": 32},"
                        + " \"cmd2\": {\"sig\": [\"foo\", \"baz\"], \"help\": \"h\", \"flags\": 0},"
                        + " \"cmd3\": {\"sig\": [\"foo\", \"qux\"], \"help\": \"h\","
                        + " \"avail\": \"rest\"}}")
                    .getBytes(UTF_8)));
    CommandMatchException refused = refusal(matcher, "foo", "1");
    assertThat(refused.reason()).isEqualTo(Reason.NO_MATCH);
    assertThat(refused.getMessage())
        .isEqualTo(
            "no valid command found; 1 closest matches:\nfoo baz\nError EINVAL: invalid command");
    assertThat(matcher.match(List.of("foo", "bar"), Map.of()).command().toString())
        .isEqualTo("{\"prefix\":\"foo bar\"}");
    assertThat(refusal(matcher, "foo", "qux").reason()).isEqualTo(Reason.NO_MATCH);
  }
}
