package io.jrados.client.internal.command;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One command as the mon publishes it in {@code get_command_descriptions}.
 *
 * @param tag the description's key, {@code cmd000}...; the published order is the match order
 * @param args the fixed words and typed arguments, in order
 * @param help one-line help
 * @param module the subsystem that owns it ({@code osd}, {@code mon}, {@code mgr}...)
 * @param perm the capability it needs, {@code r}, {@code w}, {@code rw}...
 * @param flags {@link #FLAG_MGR} and the other bits of MonCommand.h
 * @param availability who may see it ({@code cli}, {@code rest}...); null when not published, which
 *     means everyone
 */
public record CommandSignature(
    String tag,
    List<ArgDescriptor> args,
    String help,
    String module,
    String perm,
    int flags,
    String availability) {

  /** Handled by the mon that receives it, never forwarded to the leader. */
  public static final int FLAG_NOFORWARD = 1;

  /** Gone: never matched. */
  public static final int FLAG_OBSOLETE = 1 << 1;

  /** Still works, but not suggested as a close match. */
  public static final int FLAG_DEPRECATED = 1 << 2;

  /** Served by the active mgr: the tool sends it to the mgr, not the mon. */
  public static final int FLAG_MGR = 1 << 3;

  /** Repeats its output every period (iostat); the JSON gains {@code "poll": true}. */
  public static final int FLAG_POLL = 1 << 4;

  /** Not suggested as a close match. */
  public static final int FLAG_HIDDEN = 1 << 5;

  public CommandSignature {
    args = List.copyOf(args);
  }

  /** The fixed words joined by spaces, e.g. {@code osd pool create}. */
  public String prefix() {
    return args.stream()
        .filter(ArgDescriptor::isPrefix)
        .map(a -> ((PrefixArg) a.type()).prefix())
        .collect(Collectors.joining(" "));
  }

  /** Whether every bit of {@code flag} is set. */
  public boolean hasFlag(int flag) {
    return (flags & flag) == flag;
  }

  /** Where the tool sends this command. */
  public CommandTarget target() {
    return hasFlag(FLAG_MGR) ? CommandTarget.MGR : CommandTarget.MON;
  }

  /** Whether the {@code ceph} command line may use it ({@code avail} lacks {@code cli}). */
  public boolean availableToCli() {
    return availability == null || availability.contains("cli");
  }

  /**
   * The usage line the tool prints, e.g. {@code osd pool get <pool> size|min_size|...} or {@code
   * osd pool create <pool> [<pg_num:int>] ...}.
   */
  public String usage() {
    return args.stream().map(ArgDescriptor::usage).collect(Collectors.joining(" "));
  }

  /** Number of required elements, fixed words included: fewer are tried first. */
  int requiredCount() {
    return (int) args.stream().filter(ArgDescriptor::required).count();
  }
}
