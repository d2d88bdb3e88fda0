package io.jrados.client.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ClientOptions#fromArgs} made of a command line: the client's options, and the
 * arguments that were not configuration, left for the program to interpret.
 *
 * @param options the resolved options
 * @param remaining the other arguments, in Ceph's order: those before any {@code --} (first the
 *     command line's, then {@code CEPH_ARGS}'s), then {@code --} and what followed it
 */
public record ParsedClientArgs(ClientOptions options, List<String> remaining) {

  /** Copies the list, so the record stays immutable. */
  public ParsedClientArgs {
    Objects.requireNonNull(options, "options");
    remaining = List.copyOf(remaining);
  }
}
