package io.jrados.client.api;

import java.nio.charset.StandardCharsets;

/**
 * A mon's answer to a command: its return code (0 or a negated errno), its status text, and its
 * output bytes.
 */
public record MonCommandResult(int returnCode, String status, byte[] output) {

  public MonCommandResult {
    output = output.clone();
  }

  @Override
  public byte[] output() {
    return output.clone();
  }

  /** The output as UTF-8 text. */
  public String outputString() {
    return new String(output, StandardCharsets.UTF_8);
  }

  public boolean ok() {
    return returnCode == 0;
  }

  /** This result, or a {@link MonCommandException} with the errno and status if it failed. */
  public MonCommandResult orThrow(String command) {
    if (returnCode < 0) {
      throw new MonCommandException(command, returnCode, status);
    }
    return this;
  }

  @Override
  public String toString() {
    return "MonCommandResult[r=" + returnCode + ", rs=" + status + ", " + output.length + " bytes]";
  }
}
