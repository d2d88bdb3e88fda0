package io.jrados.client.internal.config;

import io.jrados.client.api.ClientConfigException;
import io.jrados.client.api.ParsedClientArgs;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a client's configuration the way Ceph's {@code global_init} and {@code rados_create2} /
 * {@code rados_conf_read_file} / {@code rados_conf_parse_env} do (facts from {@code
 * src/common/config.cc} and {@code src/common/ceph_argparse.cc}, checked with {@code ceph-conf}):
 *
 * <ol>
 *   <li>{@code CEPH_ARGS} (split on spaces) and the command line are scanned; of {@code --conf},
 *       {@code --cluster}, {@code --id} and {@code --name}, the last one wins, {@code CEPH_ARGS}
 *       counting as coming first. {@code -i} is not the ID for clients (Ceph accepts it only for
 *       daemons), so it is left to the program.
 *   <li>The conf file list is {@code -c}, else {@code CEPH_CONF}, else {@code
 *       /etc/ceph/$cluster.conf, $home/.ceph/$cluster.conf, $cluster.conf}; only the FIRST file
 *       that exists is read. A missing {@code -c} file is an error, a missing default is not.
 *   <li>Without {@code --cluster}, the cluster is the {@code -c} file's name before {@code .conf}
 *       ({@code ceph} if there is none), or {@code ceph} without {@code -c}.
 * </ol>
 */
public final class ClientOptionsLoader {
  static final String DEFAULT_CONF_SEARCH =
      "/etc/ceph/$cluster.conf, $home/.ceph/$cluster.conf, $cluster.conf";

  private final Map<String, String> env;
  private final Supplier<String> shortHostName;
  private final long pid;

  /**
   * @param env the environment variables to read {@code CEPH_ARGS}, {@code CEPH_CONF}, {@code
   *     CEPH_KEYRING} and {@code HOME} from
   * @param shortHostName the value of {@code $host} when the {@code host} option is not set
   * @param pid the value of {@code $pid}
   */
  public ClientOptionsLoader(Map<String, String> env, Supplier<String> shortHostName, long pid) {
    this.env = Map.copyOf(env);
    this.shortHostName = shortHostName;
    this.pid = pid;
  }

  /** A loader for this process: its host name and pid. */
  public static ClientOptionsLoader forThisProcess(Map<String, String> env) {
    return new ClientOptionsLoader(
        env, ClientOptionsLoader::localShortHostName, ProcessHandle.current().pid());
  }

  /** Resolves the arguments and environment into options and the remaining arguments. */
  public ParsedClientArgs load(List<String> args) {
    ResolvedConfig config = resolve(args);
    return new ParsedClientArgs(config.toOptions(), config.remaining());
  }

  /** Resolves the arguments and environment, without yet checking option values. */
  public ResolvedConfig resolve(List<String> args) {
    ArgumentScanner fromEnv =
        new ArgumentScanner("CEPH_ARGS", splitOnSpaces(env.get("CEPH_ARGS")), false);
    ArgumentScanner fromCommandLine = new ArgumentScanner("command line", args, true);

    String confList = null;
    String cluster = null;
    String entityName = "client.admin";
    List<ArgumentScanner.EarlyArg> early = new ArrayList<>(fromEnv.early());
    early.addAll(fromCommandLine.early());
    for (ArgumentScanner.EarlyArg arg : early) {
      switch (arg.kind()) {
        case CONF -> confList = arg.value();
        case CLUSTER -> cluster = arg.value();
        case ID -> entityName = entityName.substring(0, entityName.indexOf('.') + 1) + arg.value();
        case NAME -> entityName = checkedEntityName(arg.value());
      }
    }

    Map<String, String> environment = new LinkedHashMap<>();
    if (env.get("CEPH_KEYRING") != null) {
      environment.put("keyring", env.get("CEPH_KEYRING"));
    }
    environment.putAll(fromEnv.options());

    boolean explicitConf = confList != null;
    if (cluster == null && !explicitConf) {
      cluster = "ceph";
    }
    if (confList == null) {
      confList = env.getOrDefault("CEPH_CONF", DEFAULT_CONF_SEARCH);
    }
    // Conf file names are expanded before any file is read, so only early values apply.
    ResolvedConfig beforeConf =
        config(
            cluster == null ? "" : cluster,
            entityName,
            Optional.empty(),
            fromCommandLine,
            environment,
            List.of());
    Optional<CephConfFile> conf = readFirstConf(confList, beforeConf, explicitConf);
    if (cluster == null) {
      cluster = conf.map(c -> clusterFromConfPath(c.source())).orElse("ceph");
    }
    List<String> remaining = remaining(fromCommandLine, fromEnv);
    return config(cluster, entityName, conf, fromCommandLine, environment, remaining);
  }

  private ResolvedConfig config(
      String cluster,
      String entityName,
      Optional<CephConfFile> conf,
      ArgumentScanner commandLine,
      Map<String, String> environment,
      List<String> remaining) {
    return new ResolvedConfig(
        cluster,
        entityName,
        conf,
        commandLine.options(),
        environment,
        remaining,
        shortHostName,
        pid,
        env.getOrDefault("HOME", ""));
  }

  private static Optional<CephConfFile> readFirstConf(
      String confList, ResolvedConfig early, boolean explicit) {
    for (String candidate : OptionValues.splitList(confList)) {
      try {
        return Optional.of(CephConfFile.load(Path.of(early.expand(candidate))));
      } catch (NoSuchFileException e) {
        // Ceph moves on to the next candidate only when this one does not exist.
      }
    }
    if (explicit) {
      throw new ClientConfigException("cannot open any conf file of '" + confList + "'");
    }
    return Optional.empty();
  }

  /** "/etc/ceph/backup.conf" is cluster "backup"; a name without ".conf" means "ceph". */
  static String clusterFromConfPath(String path) {
    String base = path.substring(path.lastIndexOf('/') + 1);
    int dotConf = base.indexOf(".conf");
    return dotConf < 0 ? "ceph" : base.substring(0, dotConf);
  }

  private static String checkedEntityName(String name) {
    int dot = name.indexOf('.');
    if (dot <= 0) {
      throw new ClientConfigException(
          "--name '" + name + "': expected TYPE.ID, such as client.admin");
    }
    return name;
  }

  /**
   * The leftovers in the order {@code env_to_vec} builds them: the command line's, then {@code
   * CEPH_ARGS}'s, then a single {@code --} and what followed it in each.
   */
  private static List<String> remaining(ArgumentScanner commandLine, ArgumentScanner fromEnv) {
    List<String> out = new ArrayList<>(commandLine.leftover());
    out.addAll(fromEnv.leftover());
    if (commandLine.sawDashDash() || fromEnv.sawDashDash()) {
      out.add("--");
      out.addAll(commandLine.afterDashDash());
      out.addAll(fromEnv.afterDashDash());
    }
    return out;
  }

  /** CEPH_ARGS is split on single spaces only, as Ceph's {@code get_str_vec(p, " ")} does. */
  static List<String> splitOnSpaces(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String word : value.split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** gethostname() up to the first dot, as Ceph's {@code ceph_get_short_hostname}. */
  static String localShortHostName() {
    String name;
    try {
      // The kernel's own host name, which is what gethostname() returns, without any DNS.
      name = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (IOException | RuntimeException e) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException e2) {
        name = "localhost";
      }
    }
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
