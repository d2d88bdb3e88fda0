package io.jrados.client.internal.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandDescriptionsTest {
  private static final CommandDescriptions PACIFIC =
      CommandDescriptions.parse(OracleFixtures.descriptions());

  private static CommandSignature command(String prefix) {
    return PACIFIC.signatures().stream()
        .filter(s -> s.prefix().equals(prefix))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsEveryPublishedCommandInOrder() {
    assertThat(PACIFIC.signatures()).hasSize(584);
    assertThat(PACIFIC.signatures().get(0).tag()).isEqualTo("cmd000");
    assertThat(PACIFIC.signatures().get(583).tag()).isEqualTo("cmd583");
  }

  @Test
  void keepsTypesConstraintsAndUsage() {
    CommandSignature create = command("osd pool create");
    assertThat(create.module()).isEqualTo("osd");
    assertThat(create.perm()).isEqualTo("rw");
    assertThat(create.help()).isEqualTo("create pool");
    assertThat(create.target()).isEqualTo(CommandTarget.MON);
    ArgDescriptor pgNum = create.args().get(4);
    assertThat(pgNum.name()).isEqualTo("pg_num");
    assertThat(pgNum.typeName()).isEqualTo("CephInt");
    assertThat(pgNum.required()).isFalse();
    assertThat(pgNum.params()).containsEntry("range", "0");
    assertThat(pgNum.toString()).isEqualTo("[pg_num(<int[0-]>)]");
    assertThat(create.args().get(6).toString()).isEqualTo("[pool_type(replicated|erasure)]");
    assertThat(create.usage())
        .startsWith("osd pool create <pool> [<pg_num:int>] [<pgp_num:int>] [replicated|erasure]")
        .endsWith("[on|off|warn] [--bulk] [<target_size_bytes:int>] [<target_size_ratio:float>]");
  }

  @Test
  void mgrCommandsCarryTheMgrFlag() {
    assertThat(command("pg stat").target()).isEqualTo(CommandTarget.MGR);
    assertThat(command("osd pool autoscale-status").target()).isEqualTo(CommandTarget.MGR);
    assertThat(command("iostat").hasFlag(CommandSignature.FLAG_POLL)).isTrue();
    assertThat(command("df").target()).isEqualTo(CommandTarget.MON);
  }

  @Test
  void onlyTrueMakesAnArgumentRequired() {
    // Pacific publishes req "fasle" here; the tool reads anything but true/True/"true" as optional.
    assertThat(command("osd pool application get").args().get(4).required()).isFalse();
    assertThat(command("osd new").args().get(2).required()).isTrue();
  }

  @Test
  void readsRepeatedArgumentsAndAvailability() {
    CommandDescriptions parsed =
        CommandDescriptions.parse(
            ("{\"cmd0\": {\"sig\": [\"x\", {\"name\": \"v\", \"type\": \"CephInt\", \"n\": \"N\","
                    + " \"req\": true, \"range\": 1}], \"avail\": \"rest\"}}")
                .getBytes(UTF_8));
    CommandSignature only = parsed.signatures().get(0);
    assertThat(only.availableToCli()).isFalse();
    assertThat(only.flags()).isZero();
    assertThat(only.args().get(1).repeated()).isTrue();
    assertThat(only.args().get(1).toString()).isEqualTo("v(<int[1-]>)...");
    assertThat(only.usage()).isEqualTo("x <v:int>...");
  }

  @Test
  void refusesMalformedDescriptions() {
    assertThatThrownBy(() -> CommandDescriptions.parse("{\"cmd0\": {}}".getBytes(UTF_8)))
        .hasMessage("JSON descriptor cmd0 has no 'sig'");
    assertThatThrownBy(
            () ->
                CommandDescriptions.parse(
                    "{\"c\": {\"sig\": [{\"name\": \"a\"}]}}".getBytes(UTF_8)))
        .hasMessageEndingWith("has no type");
    assertThatThrownBy(() -> CommandDescriptions.parse("[1]".getBytes(UTF_8)))
        .hasMessage("command descriptions are not a JSON object");
  }
}
