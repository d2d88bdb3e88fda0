package io.jrados.client.cli;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The objects rados bench makes, as it makes them: their names ({@code
 * benchmark_data_HOST_PID_objectN}) and contents (each op's bytes stamped "I'm the Nth op!"), so
 * either tool reads what the other wrote.
 */
final class BenchObjects {
  private static final String PREFIX = "benchmark_data";

  private BenchObjects() {}

  private static final byte[] STAMP_START = "I'm the ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STAMP_END = "th op!".getBytes(StandardCharsets.US_ASCII);

  /** The stamp's length without its NUL: the index takes 16 places, as %16d pads it. */
  private static final int STAMP_LENGTH = STAMP_START.length + 16 + STAMP_END.length;

  /**
   * Writes "I'm the Nth op!" and its NUL over the start of an op buffer, as rados's snprintf("I'm
   * the %16dth op!") does; a buffer shorter than that gets the text cut short, then the NUL.
   * Written out byte by byte: a string built per op showed in profiles.
   */
  static void stamp(byte[] buf, int index) {
    if (buf.length == 0) {
      return;
    }
    int n = Math.min(STAMP_LENGTH, buf.length - 1);
    byte[] text = buf.length > STAMP_LENGTH ? buf : new byte[STAMP_LENGTH];
    System.arraycopy(STAMP_START, 0, text, 0, STAMP_START.length);
    int end = STAMP_START.length + 16;
    long v = index;
    boolean negative = v < 0;
    if (negative) {
      v = -v;
    }
    int at = end;
    do {
      text[--at] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    if (negative) {
      text[--at] = '-';
    }
    Arrays.fill(text, STAMP_START.length, at, (byte) ' ');
    System.arraycopy(STAMP_END, 0, text, end, STAMP_END.length);
    if (text != buf) {
      System.arraycopy(text, 0, buf, 0, n);
    }
    buf[n] = 0;
  }

  /** The name of object {@code object} of a run whose {@link #prefix} is {@code prefix}. */
  static String name(String prefix, int object) {
    return prefix + "_object" + object;
  }

  /** benchmark_data_HOST_PID, the host name cut to 29 bytes as rados's buffer does. */
  static String prefix(int pid) {
    String host = hostname();
    if (host.length() > 29) {
      host = host.substring(0, 29);
    }
    return PREFIX + "_" + host + "_" + pid;
  }

  private static volatile String host;

  private static String hostname() {
    String h = host;
    if (h == null) {
      h = readHostname();
      host = h;
    }
    return h;
  }

  private static String readHostname() {
    try {
      // What gethostname() returns; InetAddress may answer a resolved, qualified name instead.
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    } catch (IOException | RuntimeException e) {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException e2) {
        return "localhost";
      }
    }
  }

  /**
   * Compares part by part: a large read arrives as dozens of socket buffers, and comparing through
   * the composite one long at a time is slower than the read itself.
   */
  static boolean sameBytes(ByteBuf got, byte[] expected) {
    if (got.readableBytes() != expected.length) {
      return false;
    }
    int offset = 0;
    for (ByteBuffer part : got.nioBuffers()) {
      int n = part.remaining();
      if (part.mismatch(ByteBuffer.wrap(expected, offset, n)) != -1) {
        return false;
      }
      offset += n;
    }
    return true;
  }
}
