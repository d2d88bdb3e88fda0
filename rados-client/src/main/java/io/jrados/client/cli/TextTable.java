package io.jrados.client.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Ceph's {@code TextTable} as {@code rados df} prints it: each column as wide as its widest cell
 * (heading included), two spaces between columns, left- or right-aligned.
 */
final class TextTable {
  private final List<String> headings = new ArrayList<>();
  private final List<Boolean> leftAligned = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  TextTable column(String heading, boolean left) {
    headings.add(heading);
    leftAligned.add(left);
    return this;
  }

  TextTable row(Object... cells) {
    if (cells.length != headings.size()) {
      throw new IllegalArgumentException(
          "row of " + cells.length + " cells for " + headings.size() + " columns");
    }
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  String render() {
    int[] width = new int[headings.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = headings.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headings, width);
    for (List<String> r : rows) {
      line(out, r, width);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] width) {
    for (int c = 0; c < cells.size(); c++) {
      String s = cells.get(c);
      String pad = " ".repeat(width[c] - s.length());
      out.append(leftAligned.get(c) ? s + pad : pad + s);
      if (c + 1 < cells.size()) {
        out.append("  ");
      }
    }
    out.append('\n');
  }
}
