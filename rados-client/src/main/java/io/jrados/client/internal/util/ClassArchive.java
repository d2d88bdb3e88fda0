package io.jrados.client.internal.util;

import io.jrados.protocol.msgr2.Frame;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The class-data archive (bin/lib/run-java) is recorded by whichever command runs first after a
 * build, and holds only the classes that command loaded: after a first {@code lspools}, every
 * {@code put} or {@code bench} read the whole object path's classes from the jars again, and parsed
 * and verified them, in each run. When run-java records ({@code -Djrados.cds.record=true}), the
 * CLIs call this before the JVM exits; it loads every class of jrados' own jars, so the archive
 * holds them whatever the first command was. Loaded, not initialized: no static state runs.
 */
public final class ClassArchive {
  private ClassArchive() {}

  /**
   * If this run records the archive, loads every class of the jar that holds {@code main} and of
   * rados-client's and rados-protocol's jars, with {@code main}'s class loader; otherwise does
   * nothing.
   */
  public static void loadAllIfRecording(Class<?> main) {
    if (!Boolean.getBoolean("jrados.cds.record")) {
      return;
    }
    Set<Path> jars = new LinkedHashSet<>();
    for (Class<?> anchor : List.of(main, ClassArchive.class, Frame.class)) {
      Path jar = jarOf(anchor.getProtectionDomain().getCodeSource());
      // Run from a classes directory (tests, an IDE), there is no archive to fill.
      if (jar != null && Files.isRegularFile(jar)) {
        jars.add(jar);
      }
    }
    for (Path jar : jars) {
      loadJar(jar, main.getClassLoader());
    }
  }

  private static Path jarOf(CodeSource source) {
    try {
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Asks {@code loader} for every class {@code jar} holds; returns how many it asked for. */
  static int loadJar(Path jar, ClassLoader loader) {
    int asked = 0;
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          load(name.substring(0, name.length() - ".class".length()).replace('/', '.'), loader);
          asked++;
        }
      }
    } catch (IOException e) {
      // An archive with fewer classes is still a valid archive.
    }
    return asked;
  }

  private static void load(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // A class whose optional dependency is absent stays out of the archive; nothing else does.
    }
  }
}
