package io.jrados.protocol.crush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every decoded field of each fixture map compared with {@code crushtool -i MAP --dump -f json} of
 * the same map: devices and classes, types, buckets with per-item weights, rules with steps,
 * tunables and choose_args.
 */
class CrushMapDumpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "cluster",
        "cluster-weightsets",
        "mixed-jewel",
        "mixed-argonaut",
        "classes",
        "choose-args"
      })
  void decodedMapMatchesCrushtoolDump(String name) throws IOException {
    CrushMap map = CrushFixtures.map(name + ".crush");
    JsonNode dump = new ObjectMapper().readTree(CrushFixtures.bytes(name + ".dump.json"));

    JsonNode devices = dump.get("devices");
    assertThat(map.maxDevices()).isEqualTo(devices.size());
    for (JsonNode dev : devices) {
      int id = dev.get("id").asInt();
      String expectedName = dev.get("name").asText();
      assertThat(map.itemName(id) == null ? "device" + id : map.itemName(id))
          .isEqualTo(expectedName);
      assertThat(map.deviceClass(id))
          .as("class of %s", expectedName)
          .isEqualTo(dev.has("class") ? dev.get("class").asText() : null);
    }

    for (JsonNode type : dump.get("types")) {
      int id = type.get("type_id").asInt();
      if (map.typeName(id) != null || id != 0) {
        assertThat(map.typeName(id)).isEqualTo(type.get("name").asText());
      }
    }

    assertThat(map.buckets()).hasSize(dump.get("buckets").size());
    for (JsonNode jb : dump.get("buckets")) {
      CrushBucket b = map.bucket(jb.get("id").asInt());
      assertThat(b).as("bucket %s", jb.get("id")).isNotNull();
      String bucketName = jb.get("name").asText();
      assertThat(map.itemName(b.id())).isEqualTo(bucketName);
      assertThat(map.isShadowBucket(b.id()))
          .as("%s is shadow", bucketName)
          .isEqualTo(bucketName.contains("~"));
      assertThat(b.type()).isEqualTo(jb.get("type_id").asInt());
      assertThat(b.weight()).isEqualTo(jb.get("weight").asLong());
      assertThat(algName(b.alg())).isEqualTo(jb.get("alg").asText());
      assertThat(b.hash()).isEqualTo(CrushHash.RJENKINS1);
      JsonNode items = jb.get("items");
      assertThat(b.size()).isEqualTo(items.size());
      for (JsonNode item : items) {
        int pos = item.get("pos").asInt();
        assertThat(b.items()[pos]).isEqualTo(item.get("id").asInt());
        assertThat(b.itemWeight(pos))
            .as("%s item %d", bucketName, pos)
            .isEqualTo(item.get("weight").asLong());
      }
    }

    int rules = 0;
    for (JsonNode jr : dump.get("rules")) {
      rules++;
      int id = jr.get("rule_id").asInt();
      CrushRule r = map.rule(id);
      assertThat(r).isNotNull();
      assertThat(map.ruleName(id)).isEqualTo(jr.get("rule_name").asText());
      assertThat(map.ruleId(jr.get("rule_name").asText())).isEqualTo(id);
      assertThat(r.ruleset()).isEqualTo(jr.get("ruleset").asInt());
      assertThat(r.type()).isEqualTo(jr.get("type").asInt());
      assertThat(r.minSize()).isEqualTo(jr.get("min_size").asInt());
      assertThat(r.maxSize()).isEqualTo(jr.get("max_size").asInt());
      CrushRuleStep[] steps = r.steps();
      assertThat(steps).hasSize(jr.get("steps").size());
      for (int i = 0; i < steps.length; i++) {
        assertStep(map, steps[i], jr.get("steps").get(i));
      }
    }
    long present = 0;
    for (int i = 0; i < map.maxRules(); i++) {
      present += map.rule(i) == null ? 0 : 1;
    }
    assertThat(present).isEqualTo(rules);

    JsonNode t = dump.get("tunables");
    CrushTunables tunables = map.tunables();
    assertThat(tunables.chooseLocalTries()).isEqualTo(t.get("choose_local_tries").asInt());
    assertThat(tunables.chooseLocalFallbackTries())
        .isEqualTo(t.get("choose_local_fallback_tries").asInt());
    assertThat(tunables.chooseTotalTries()).isEqualTo(t.get("choose_total_tries").asInt());
    assertThat(tunables.chooseleafDescendOnce())
        .isEqualTo(t.get("chooseleaf_descend_once").asInt());
    assertThat(tunables.chooseleafVaryR()).isEqualTo(t.get("chooseleaf_vary_r").asInt());
    assertThat(tunables.chooseleafStable()).isEqualTo(t.get("chooseleaf_stable").asInt());
    assertThat(tunables.strawCalcVersion()).isEqualTo(t.get("straw_calc_version").asInt());
    assertThat(tunables.allowedBucketAlgs()).isEqualTo(t.get("allowed_bucket_algs").asInt());

    JsonNode choose = dump.get("choose_args");
    assertThat(map.chooseArgs()).hasSize(choose.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = choose.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      CrushChooseArgs args = map.chooseArgs().get(Long.parseLong(e.getKey()));
      assertThat(args).as("choose_args %s", e.getKey()).isNotNull();
      for (JsonNode entry : e.getValue()) {
        int bucket = entry.get("bucket_id").asInt();
        JsonNode sets = entry.get("weight_set");
        assertThat(args.positions(bucket)).isEqualTo(sets == null ? 0 : sets.size());
        for (int p = 0; sets != null && p < sets.size(); p++) {
          int[] weights = args.weights(bucket, p);
          assertThat(weights).hasSize(sets.get(p).size());
          for (int i = 0; i < weights.length; i++) {
            assertThat(weights[i] / 65536.0).isCloseTo(sets.get(p).get(i).asDouble(), within(1e-6));
          }
        }
        JsonNode ids = entry.get("ids");
        if (ids == null) {
          assertThat(args.ids(bucket)).isNull();
        } else {
          assertThat(args.ids(bucket)).hasSize(ids.size());
          for (int i = 0; i < ids.size(); i++) {
            assertThat(args.ids(bucket)[i]).isEqualTo(ids.get(i).asInt());
          }
        }
      }
    }
  }

  private static void assertStep(CrushMap map, CrushRuleStep step, JsonNode j) {
    if (j.has("opcode")) {
      assertThat(step.op()).isEqualTo(j.get("opcode").asInt());
      assertThat(step.arg1()).isEqualTo(j.get("arg1").asInt());
      assertThat(step.arg2()).isEqualTo(j.get("arg2").asInt());
      return;
    }
    String op = j.get("op").asText();
    switch (op) {
      case "take" -> {
        assertThat(step.op()).isEqualTo(CrushRuleStep.OP_TAKE);
        assertThat(step.arg1()).isEqualTo(j.get("item").asInt());
      }
      case "emit" -> assertThat(step.op()).isEqualTo(CrushRuleStep.OP_EMIT);
      case "set_choose_tries", "set_chooseleaf_tries" -> {
        assertThat(step.op())
            .isEqualTo(
                op.equals("set_choose_tries")
                    ? CrushRuleStep.OP_SET_CHOOSE_TRIES
                    : CrushRuleStep.OP_SET_CHOOSELEAF_TRIES);
        assertThat(step.arg1()).isEqualTo(j.get("num").asInt());
      }
      default -> {
        int expectedOp =
            switch (op) {
              case "choose_firstn" -> CrushRuleStep.OP_CHOOSE_FIRSTN;
              case "choose_indep" -> CrushRuleStep.OP_CHOOSE_INDEP;
              case "chooseleaf_firstn" -> CrushRuleStep.OP_CHOOSELEAF_FIRSTN;
              case "chooseleaf_indep" -> CrushRuleStep.OP_CHOOSELEAF_INDEP;
              default -> throw new AssertionError("unexpected op in dump: " + j);
            };
        assertThat(step.op()).isEqualTo(expectedOp);
        assertThat(step.arg1()).isEqualTo(j.get("num").asInt());
        assertThat(map.typeName(step.arg2())).isEqualTo(j.get("type").asText());
      }
    }
  }

  private static String algName(int alg) {
    return switch (alg) {
      case CrushBucket.ALG_UNIFORM -> "uniform";
      case CrushBucket.ALG_LIST -> "list";
      case CrushBucket.ALG_TREE -> "tree";
      case CrushBucket.ALG_STRAW -> "straw";
      case CrushBucket.ALG_STRAW2 -> "straw2";
      default -> "unknown";
    };
  }
}
