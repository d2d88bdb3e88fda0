package io.jrados.client.cli;

import io.jrados.client.internal.util.SurrogateEscape;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Arguments and output as the bytes they are. The JVM decodes a program's arguments with the
 * platform charset before main runs, and turns every byte that is not valid there into U+FFFD, so
 * an object name that is not UTF-8 (which {@code rados} takes as it is) would reach us as another
 * name. Linux keeps the exact bytes in {@code /proc/self/cmdline}: the program's arguments are its
 * last entries. Each is decoded as {@link SurrogateEscape} does, which the API maps back to the
 * same bytes; output that names objects is written the same way back.
 */
final class CommandLineBytes {
  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private CommandLineBytes() {}

  /**
   * {@code args} with each argument decoded from its exact bytes; {@code args} itself when those
   * bytes cannot be found or do not decode, with the JVM's charset, to {@code args} (another
   * platform, or a launcher that rewrote them).
   */
  static String[] recover(String[] args) {
    byte[] all;
    try {
      all = Files.readAllBytes(CMDLINE);
    } catch (IOException | RuntimeException e) {
      return args;
    }
    return recover(args, all, jvmCharset());
  }

  static String[] recover(String[] args, byte[] cmdline, Charset jvmCharset) {
    List<byte[]> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        entries.add(Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (entries.size() < args.length) {
      return args;
    }
    String[] out = new String[args.length];
    int base = entries.size() - args.length;
    for (int i = 0; i < args.length; i++) {
      byte[] raw = entries.get(base + i);
      if (!new String(raw, jvmCharset).equals(args[i])) {
        return args;
      }
      out[i] = SurrogateEscape.decode(raw);
    }
    return out;
  }

  /** Writes a line with the bytes its text stands for (see {@link SurrogateEscape}). */
  static void println(PrintStream s, String line) {
    byte[] b = SurrogateEscape.encode(line + System.lineSeparator());
    s.write(b, 0, b.length);
  }

  private static Charset jvmCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
