package io.jrados.metering.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads gzip'd files the way {@code gunzip} would, independently of the code under test. */
public final class Gzip {
  private Gzip() {}

  /** The decompressed content of {@code file} as UTF-8 text. */
  public static String gunzipToString(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
