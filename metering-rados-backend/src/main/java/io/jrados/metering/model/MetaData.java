package io.jrados.metering.model;

import java.util.Map;
import java.util.Objects;

/**
 * Cluster metadata at a point in time; the SDK's {@code MetaData}. Encoded with the fields {@code
 * cluster_id, type, category} (omitted when empty){@code , modify_ts, metadata}.
 *
 * @param clusterId the cluster described
 * @param type logic or shared pool metadata
 * @param category optional service category; empty for none
 * @param modifyTs when the metadata took effect, Unix seconds
 * @param metadata the content, deep-copied
 */
public record MetaData(
    String clusterId, MetaType type, String category, long modifyTs, Map<String, Object> metadata) {

  /** Deep-copies {@code metadata}. */
  public MetaData {
    clusterId = Objects.requireNonNullElse(clusterId, "");
    Objects.requireNonNull(type, "type");
    category = Objects.requireNonNullElse(category, "");
    metadata = JsonValues.immutableMap(Objects.requireNonNullElse(metadata, Map.of()));
  }
}
