package io.jrados.client.internal.command;

/** The daemon a matched command goes to. */
public enum CommandTarget {
  /** Any monitor (as {@code mon_command}). */
  MON,
  /** The active manager (as {@code mgr_command}); the mon advertises these with FLAG_MGR. */
  MGR
}
