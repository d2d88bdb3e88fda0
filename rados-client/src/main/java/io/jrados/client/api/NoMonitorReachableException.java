package io.jrados.client.api;

import java.util.List;
import java.util.Map;

/**
 * No mon accepted a session. Carries each address that was tried and what happened there (refused,
 * timed out, authentication failed ...).
 */
public class NoMonitorReachableException extends RadosException {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> attempts;

  public NoMonitorReachableException(Map<String, String> attempts) {
    super(describe(attempts), 110, null);
    this.attempts = Map.copyOf(attempts);
  }

  /** Mon address to what happened when we tried it. */
  public Map<String, String> attempts() {
    return attempts;
  }

  private static String describe(Map<String, String> attempts) {
    StringBuilder s = new StringBuilder("no monitor reachable; tried ");
    List<String> parts =
        attempts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    s.append(String.join(", ", parts));
    return s.toString();
  }
}
