package io.jrados.client.cli;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.IoCtx;
import io.jrados.client.api.ParsedClientArgs;
import io.jrados.client.api.PoolNotFoundException;
import io.jrados.client.api.PoolSnapshotInfo;
import io.jrados.client.api.RadosClient;
import io.jrados.client.api.RadosException;
import io.jrados.client.internal.util.ClassArchive;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/jrados}: the rados tool's object commands in pure Java, with its syntax, its output
 * bytes, its error messages and its exit codes (1 for every failure, as rados), plus {@code
 * locate}, which rados lacks.
 *
 * <p>Arguments are parsed by hand rather than with picocli: rados lets its options stand anywhere
 * among the command words ({@code -p POOL ls} and {@code ls -p POOL} alike), treats a lone {@code
 * -} as a word, and reads {@code --opt=value} and {@code --opt value}, which a declarative parser
 * would have to be bent to accept; the table in {@link RadosArgs} is shorter than that bending.
 */
public final class JradosCli {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  JradosCli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code =
        new JradosCli(System.in, System.out, System.err)
            .run(CommandLineBytes.recover(args), System.getenv());
    System.out.flush();
    ClassArchive.loadAllIfRecording(JradosCli.class);
    System.exit(code);
  }

  /** Runs one invocation; returns the exit status. */
  int run(String[] args, Map<String, String> env) {
    if (args.length == 0) {
      err.println("jrados: -h or --help for usage");
      return 1;
    }
    boolean debug = List.of(args).contains("--debug");
    RadosArgs a;
    ParsedClientArgs parsed;
    try {
      parsed = ClientOptions.fromArgs(args, env);
      a = RadosArgs.parse(parsed.remaining());
    } catch (RadosArgs.InvalidValueException e) {
      err.println(e.getMessage());
      return RadosArgs.InvalidValueException.EXIT_STATUS;
    } catch (RadosArgs.UsageException | IllegalArgumentException e) {
      return usageError(e.getMessage());
    } catch (RadosException e) {
      return report(e, debug, "couldn't initialize rados: ");
    }
    if (a.help()) {
      out.print(Usage.TEXT);
      return 0;
    }
    if (a.words().isEmpty()) {
      err.println("jrados: you must give an action. Try --help");
      return 1;
    }
    try (RadosClient client = RadosClient.create(parsed.options())) {
      try {
        client.connect();
      } catch (RadosException e) {
        return report(e, debug, "couldn't connect to cluster: ");
      }
      return runConnected(client, a);
    } catch (RadosException e) {
      // Failures the commands do not word themselves (a lost session, a timeout).
      return report(e, debug, "error: ");
    }
  }

  private int runConnected(RadosClient client, RadosArgs a) {
    IoCtx io = null;
    if (a.pool() != null) {
      try {
        io = client.ioCtx(a.pool());
      } catch (PoolNotFoundException e) {
        err.println("error opening pool " + a.pool() + ": " + StrError.of(2));
        return 1;
      }
      // rados: find the snapshot (by -s name, else by -S id), say which one it is, read at it.
      PoolSnapshotInfo snap = null;
      if (a.snap() != null) {
        try {
          snap = io.lookupSnapshot(a.snap());
        } catch (RadosException e) {
          err.println(
              "error looking up snap '" + a.snap() + "': " + StrError.of(ObjectCommands.errno(e)));
          return 1;
        }
      } else if (a.snapId() != null) {
        // Only a pool snapshot has a name for rados to print, so only a pool snapshot will do.
        long id = a.snapId();
        snap = io.listSnapshots().stream().filter(s -> s.id() == id).findFirst().orElse(null);
        if (snap == null) {
          err.println("snapid " + id + " doesn't exist in pool " + io.poolName());
          return 1;
        }
      }
      if (a.objectLocator() != null) {
        io = io.withLocatorKey(a.objectLocator());
      }
      if (a.namespace() != null) {
        io = io.withNamespace(a.namespace());
      }
      if (snap != null) {
        io = io.withReadSnapshot(snap.id());
        out.println("selected snap " + snap.id() + " '" + snap.name() + "'");
      }
    } else {
      // In rados' order, so the same option is named when several need a pool.
      if (a.snap() != null) {
        err.println("pool name must be specified with --snap");
        return 1;
      }
      if (a.objectLocator() != null) {
        err.println("pool name must be specified with --object-locator");
        return 1;
      }
      if (a.namespace() != null) {
        err.println("pool name must be specified with --namespace");
        return 1;
      }
      if (a.snapId() != null) {
        err.println("pool name must be specified with --snapid");
        return 1;
      }
    }
    String command = a.words().get(0);
    switch (command) {
      case "lspools" -> {
        for (String p : client.listPools()) {
          out.println(p);
        }
        return 0;
      }
      case "df" -> {
        return new DfCommand(client, a, out, err).run();
      }
      case "bench" -> {
        if (io == null || a.words().size() < 3) {
          return usageError(null);
        }
        return new BenchCommand(io, a, out, err).run();
      }
      case "locate" -> {
        if (io == null || a.words().size() < 2) {
          return usageError(null);
        }
        return new LocateCommand(io, in, out).run(a.words().subList(1, a.words().size()));
      }
      default -> {
        ObjectCommands commands = new ObjectCommands(io, a, in, out, err);
        if (!commands.knows(command)) {
          err.println("unrecognized command " + command + "; -h or --help for usage");
          err.println("error 22: " + StrError.of(22));
          return 1;
        }
        if (io == null && !command.equals("ls")) {
          return usageError(null);
        }
        return commands.run();
      }
    }
  }

  private int report(RadosException e, boolean debug, String prefix) {
    if (debug) {
      e.printStackTrace(err);
    }
    int errno = e.errno() == 0 ? 5 : e.errno();
    err.println(prefix + StrError.of(errno));
    return 1;
  }

  private int usageError(String message) {
    if (message != null) {
      err.println("jrados: " + message);
    }
    err.print(Usage.TEXT);
    return 1;
  }
}
