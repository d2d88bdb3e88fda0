package io.jrados.metering.config;

import java.util.Set;

/**
 * Parameter names whose values are credentials. They are masked wherever a config is shown, and
 * never copied into an exception message.
 */
public final class SecretParameters {
  /** Shown instead of a secret value. */
  public static final String MASK = "***";

  private static final Set<String> NAMES =
      Set.of("key", "secret-access-key", "session-token", "account-key", "sas-token");

  private SecretParameters() {}

  /** Whether the parameter with this URI name holds a credential. */
  public static boolean isSecret(String name) {
    return NAMES.contains(name);
  }
}
