package io.jrados.client.cli;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The objects rados bench makes, as it makes them: their names ({@code
 * benchmark_data_HOST_PID_objectN}) and contents (each op's bytes stamped "I'm the Nth op!"), so
 * either tool reads what the other wrote.
 */
final class BenchObjects {
  private static final String PREFIX = "benchmark_data";

  private BenchObjects() {}

  /** Writes "I'm the Nth op!" and its NUL over the start of an op buffer, as rados's snprintf. */
  static void stamp(byte[] buf, int index) {
    if (buf.length == 0) {
      return;
    }
    // rados' snprintf("I'm the %16dth op!"), without a Formatter per op: it showed in profiles.
    String digits = Integer.toString(index);
    StringBuilder text = new StringBuilder(40).append("I'm the ");
    for (int i = digits.length(); i < 16; i++) {
      text.append(' ');
    }
    text.append(digits).append("th op!");
    int n = Math.min(text.length(), buf.length - 1);
    for (int i = 0; i < n; i++) {
      buf[i] = (byte) text.charAt(i);
    }
    buf[n] = 0;
  }

  static String name(int pid, int object) {
    return prefix(pid) + "_object" + object;
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
