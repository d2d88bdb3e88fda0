package io.jrados.testcluster.internal;

import java.util.List;

/**
 * Turns a Ceph command line into the one this machine starts: unchanged for the host's own
 * packages, or entered into a release's prepared root ({@link ReleaseRoot}). The processes it
 * starts share the host's pid space and network either way, so signals, pid files and the loopback
 * mean the same on both sides.
 */
public interface CommandWrapper {

  /** The command line to start for {@code argv}. */
  List<String> wrap(List<String> argv);

  /** Human description for messages, e.g. "this machine". */
  String describe();

  /** Removes what wrapping left on this machine; called once no daemon of the cluster runs. */
  void close();

  /** Runs commands as they are, with the host's binaries. */
  static CommandWrapper direct() {
    return Direct.INSTANCE;
  }

  /** The identity wrapper. */
  enum Direct implements CommandWrapper {
    INSTANCE;

    @Override
    public List<String> wrap(List<String> argv) {
      return argv;
    }

    @Override
    public String describe() {
      return "this machine";
    }

    @Override
    public void close() {}
  }
}
