package io.jrados.client.cli;

/**
 * Ceph's {@code bufferlist::hexdump}, which the rados tool prints omap values and headers with:
 * {@code hexdump -C}'s layout (offset, 16 bytes in two groups of 8, the printable characters
 * between bars), a lone {@code *} for runs of rows made of one repeated byte, and the total length
 * on a last line. Nothing at all for an empty buffer.
 */
final class HexDump {
  private static final int PER_ROW = 16;

  private HexDump() {}

  static String of(byte[] data) {
    StringBuilder out = new StringBuilder();
    if (data.length == 0) {
      return "";
    }
    byte runByte = data[0];
    boolean previousRowSame = false;
    boolean starred = false;
    for (int row = 0; row < data.length; row += PER_ROW) {
      // Ceph only collapses full rows that have more data after them; the last row always shows.
      if (row + PER_ROW < data.length) {
        boolean same = true;
        for (int i = 0; i < PER_ROW; i++) {
          byte b = data[row + i];
          if (b != runByte) {
            if (i == 0) {
              runByte = b;
              previousRowSame = false;
              starred = false;
            } else {
              same = false;
            }
          }
        }
        if (same) {
          if (previousRowSame) {
            if (!starred) {
              out.append("\n*");
              starred = true;
            }
            continue;
          }
          previousRowSame = true;
        } else {
          previousRowSame = false;
          starred = false;
        }
      }
      if (row > 0) {
        out.append('\n');
      }
      out.append(String.format("%08x ", row));
      int i;
      for (i = 0; i < PER_ROW && row + i < data.length; i++) {
        if (i == 8) {
          out.append(' ');
        }
        out.append(String.format(" %02x", data[row + i] & 0xff));
      }
      for (; i < PER_ROW; i++) {
        if (i == 8) {
          out.append(' ');
        }
        out.append("   ");
      }
      out.append("  |");
      for (i = 0; i < PER_ROW && row + i < data.length; i++) {
        int c = data[row + i] & 0xff;
        out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
      }
      out.append('|');
    }
    out.append('\n').append(String.format("%08x", data.length)).append('\n');
    return out.toString();
  }
}
