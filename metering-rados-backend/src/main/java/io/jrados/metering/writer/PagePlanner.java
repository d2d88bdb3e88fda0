package io.jrados.metering.writer;

import io.jrados.metering.json.GoJsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits records into pages by the SDK's rule: a record's size is the length of its own JSON; a new
 * page starts when the current one is non-empty and adding the record would exceed the page size,
 * so a record larger than a page sits alone on its page. Page size 0 means one page.
 */
final class PagePlanner {
  private PagePlanner() {}

  /**
   * The pages, in order. With paging on and no records there are no pages (the SDK then writes
   * nothing); with paging off there is always one page, possibly empty.
   */
  static List<List<Map<String, Object>>> plan(List<Map<String, Object>> records, long pageSize) {
    List<List<Map<String, Object>>> pages = new ArrayList<>();
    if (pageSize <= 0) {
      pages.add(records);
      return pages;
    }
    List<Map<String, Object>> current = new ArrayList<>();
    long currentSize = 0;
    for (Map<String, Object> record : records) {
      long size = GoJsonWriter.record(record).length;
      if (!current.isEmpty() && currentSize + size > pageSize) {
        pages.add(current);
        current = new ArrayList<>();
        currentSize = 0;
      }
      current.add(record);
      currentSize += size;
    }
    if (!current.isEmpty()) {
      pages.add(current);
    }
    return pages;
  }
}
