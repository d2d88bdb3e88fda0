package io.jrados.metering.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component's metering data for one minute; the SDK's {@code MeteringData}. Immutable: the
 * records are deep-copied on construction, so neither side can change the other's objects.
 *
 * @param timestamp minute-level Unix timestamp in seconds
 * @param category service category
 * @param selfId id of the reporting component (no {@code -})
 * @param sharedPoolId shared pool cluster id; empty means the writer's default
 * @param data one map per logical cluster
 */
public record MeteringData(
    long timestamp,
    String category,
    String selfId,
    String sharedPoolId,
    List<Map<String, Object>> data) {

  /** Deep-copies {@code data}; a null string becomes empty, as a Go zero value would be. */
  public MeteringData {
    category = Objects.requireNonNullElse(category, "");
    selfId = Objects.requireNonNullElse(selfId, "");
    sharedPoolId = Objects.requireNonNullElse(sharedPoolId, "");
    List<Map<String, Object>> copy = new ArrayList<>();
    for (Map<String, Object> record :
        Objects.requireNonNullElse(data, List.<Map<String, Object>>of())) {
      if (record == null) {
        throw new IllegalArgumentException("metering data must not contain a null record");
      }
      copy.add(JsonValues.immutableMap(record));
    }
    data = Collections.unmodifiableList(copy);
  }

  /** A copy with another shared pool id. */
  public MeteringData withSharedPoolId(String id) {
    return new MeteringData(timestamp, category, selfId, id, data);
  }
}
