package io.jrados.client.internal.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two local-path types: {@code CephSocketpath} (an existing Unix socket, e.g. an admin socket)
 * and {@code CephFilepath} (a file the client can read, or write or create). Neither appears in mon
 * or mgr descriptions today; they are checked against this machine's files.
 */
record PathArg(boolean socket) implements ArgType {
  private static final int FILE_TYPE_MASK = 0170000;
  private static final int SOCKET_TYPE = 0140000;

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    return socket ? checkSocket(word) : checkFile(word);
  }

  private static String checkSocket(String word) throws ArgumentException {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(Path.of(word), "unix:mode");
    } catch (IOException | RuntimeException e) {
      throw new ArgumentException(
          ArgumentException.Kind.VALID, "[Errno 2] No such file or directory: '" + word + "'");
    }
    if ((mode & FILE_TYPE_MASK) != SOCKET_TYPE) {
      throw new ArgumentException(
          ArgumentException.Kind.VALID, "socket path " + word + " is not a socket");
    }
    return word;
  }

  private static String checkFile(String word) throws ArgumentException {
    Path path = Path.of(word).toAbsolutePath().normalize();
    String name = path.toString();
    if (Files.isReadable(path)) {
      return name;
    }
    if (Files.exists(path)) {
      if (!Files.isRegularFile(path)) {
        throw new ArgumentException(ArgumentException.Kind.VALID, name + " is not file");
      }
      if (!Files.isWritable(path)) {
        throw new ArgumentException(ArgumentException.Kind.VALID, name + " is not writable");
      }
      return name;
    }
    Path dir = path.getParent();
    if (dir == null || !Files.isWritable(dir)) {
      throw new ArgumentException(
          ArgumentException.Kind.VALID, "cannot create file in " + (dir == null ? "" : dir));
    }
    return name;
  }

  @Override
  public String describe() {
    return socket ? "<admin-socket-path>" : "<outfilename>";
  }
}
