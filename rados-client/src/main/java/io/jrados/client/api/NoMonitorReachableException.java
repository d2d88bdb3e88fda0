package io.jrados.client.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No mon accepted a session. Carries each address that was tried and what happened there (refused,
 * timed out, authentication failed ...).
 */
public class NoMonitorReachableException extends RadosException {
  private static final long serialVersionUID = 1L;

  // A LinkedHashMap: Serializable (the exception is; Map is not) and in the order tried.
  private final LinkedHashMap<String, String> attempts;

  public NoMonitorReachableException(Map<String, String> attempts) {
    super(describe(attempts), 110, null);
    this.attempts = new LinkedHashMap<>(attempts);
  }

  /** Mon address to what happened when we tried it, in the order they were tried. */
  public Map<String, String> attempts() {
    return Collections.unmodifiableMap(attempts);
  }

  private static String describe(Map<String, String> attempts) {
    StringBuilder s = new StringBuilder("no monitor reachable; tried ");
    List<String> parts =
        attempts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    s.append(String.join(", ", parts));
    return s.toString();
  }
}
