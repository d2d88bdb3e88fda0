package io.jrados.metering.model;

import java.util.List;
import java.util.Map;

/**
 * One stored metering file: a part of a {@link MeteringData}, as written by the SDK's writer and
 * ours. Data values are plain JSON values (maps, lists, strings, numbers, booleans, null).
 *
 * @param timestamp minute-level Unix timestamp
 * @param category service category
 * @param selfId reporting component
 * @param sharedPoolId shared pool cluster id
 * @param part page number, from 0
 * @param data the records of this page
 */
public record MeteringPage(
    long timestamp,
    String category,
    String selfId,
    String sharedPoolId,
    int part,
    List<Map<String, Object>> data) {

  /** Makes the page immutable. */
  public MeteringPage {
    data = new MeteringData(timestamp, category, selfId, sharedPoolId, data).data();
  }
}
