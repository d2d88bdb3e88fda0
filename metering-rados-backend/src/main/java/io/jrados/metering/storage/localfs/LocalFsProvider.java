package io.jrados.metering.storage.localfs;

import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.storage.KeyNotFoundException;
import io.jrados.metering.storage.ListPage;
import io.jrados.metering.storage.StorageKeys;
import io.jrados.metering.storage.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keys as files under a base directory. Writes go to a temporary file in the target's directory
 * that is then renamed over the target, so a reader sees the old file or the whole new one.
 * create-if-absent hard-links the finished temporary file to the target: {@code link(2)} fails if
 * the target exists, so of racing creators exactly one wins.
 */
public final class LocalFsProvider implements StorageProvider {
  /** Leading name of temporary files; listings skip them and keys may not use it. */
  static final String TEMP_PREFIX = ".jrados-tmp-";

  private final Path root;
  private final String prefix;
  private final boolean createDirs;
  private final Set<PosixFilePermission> permissions;

  /**
   * Opens the base directory, creating it when {@code create-dirs} is set.
   *
   * @throws IOException if the base directory is missing and may not be created
   */
  public LocalFsProvider(LocalFsSettings settings) throws IOException {
    this.root = settings.basePath().toAbsolutePath().normalize();
    this.prefix = StorageKeys.normalizeProviderPrefix(settings.prefix());
    this.createDirs = settings.createDirs();
    this.permissions = settings.permissions();
    if (createDirs) {
      createDirectories(root);
    } else if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "base directory does not exist");
    }
  }

  /** The absolute base directory. */
  public Path root() {
    return root;
  }

  @Override
  public void put(String key, InputStream data) throws IOException {
    Path target = pathOf(key);
    Path temp = writeTemp(target, data);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public boolean createIfAbsent(String key, InputStream data) throws IOException {
    Path target = pathOf(key);
    Path temp = writeTemp(target, data);
    try {
      Files.createLink(target, temp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public InputStream get(String key) throws IOException {
    Path path = pathOf(key);
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new KeyNotFoundException(StorageKeys.normalizeKey(key));
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new KeyNotFoundException(StorageKeys.normalizeKey(key));
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Path path = pathOf(key);
    // A directory is where keys live, not an object: deleting "it" deletes nothing.
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(path);
    }
  }

  @Override
  public boolean exists(String key) throws IOException {
    return Files.isRegularFile(pathOf(key), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public ListPage listPage(String listPrefix, String startAfter, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    String fullPrefix = prefix + StorageKeys.normalizeListPrefix(listPrefix);
    String fullStartAfter = startAfter == null ? null : prefix + startAfter;
    ListPage full = new OrderedWalk(root, fullPrefix, fullStartAfter, limit).run();
    return new ListPage(
        full.keys().stream().map(k -> k.substring(prefix.length())).toList(), full.truncated());
  }

  @Override
  public void close() {
    // Nothing is held open between calls.
  }

  @Override
  public String toString() {
    return "LocalFsProvider[" + root + (prefix.isEmpty() ? "" : ", prefix=" + prefix) + "]";
  }

  private Path pathOf(String key) {
    String normalized = StorageKeys.normalizeKey(key);
    String name = normalized.substring(normalized.lastIndexOf('/') + 1);
    if (name.startsWith(TEMP_PREFIX)) {
      throw new IllegalArgumentException(
          "localfs keys may not start a segment with " + TEMP_PREFIX + ": " + normalized);
    }
    return root.resolve(prefix + normalized);
  }

  /** Streams {@code data} into a synced temporary file beside {@code target}. */
  private Path writeTemp(Path target, InputStream data) throws IOException {
    Path dir = target.getParent();
    if (createDirs) {
      createDirectories(dir);
    } else if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "directory missing and create-dirs off");
    }
    Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".part");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      data.transferTo(out);
      // Durable before it becomes visible: a crash after the rename must not leave a short file.
      channel.force(true);
      Files.setPosixFilePermissions(temp, permissions);
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private void createDirectories(Path dir) throws IOException {
    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(permissions));
  }
}
