package io.jrados.metering.reader;

import io.jrados.metering.model.MeteringPage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of reading many files: what was read and what failed, each by path in request order.
 * The SDK's "partial success" error, as data the caller can act on.
 *
 * @param pages the files read
 * @param failures the files that could not be read, with why
 */
public record MultiReadResult(Map<String, MeteringPage> pages, Map<String, Exception> failures) {

  /** Makes both maps immutable, keeping their order. */
  public MultiReadResult {
    pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
  }

  /** Whether every file was read. */
  public boolean complete() {
    return failures.isEmpty();
  }

  /** Whether some files were read and some were not. */
  public boolean partial() {
    return !failures.isEmpty() && !pages.isEmpty();
  }
}
