package io.jrados.client.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the archive-recording run loads from a jar: its classes, by binary name, and nothing else.
 */
class ClassArchiveTest {
  /** Records the names it is asked for; answers each with a class of another name. */
  private static final class RecordingLoader extends ClassLoader {
    final List<String> asked = new ArrayList<>();

    RecordingLoader() {
      super(null);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      asked.add(name);
      throw new ClassNotFoundException(name);
    }
  }

  @Test
  void asksForEveryClassOfTheJarAndSkipsTheRest(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("x.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String entry :
          List.of(
              "module-info.class",
              "io/example/A.class",
              "io/example/A$Inner.class",
              "io/example/readme.txt",
              "META-INF/versions/9/io/example/B.txt")) {
        out.putNextEntry(new JarEntry(entry));
        out.write(new byte[] {1, 2, 3});
        out.closeEntry();
      }
    }
    RecordingLoader loader = new RecordingLoader();

    int asked = ClassArchive.loadJar(jar, loader);

    assertThat(loader.asked).containsExactly("io.example.A", "io.example.A$Inner");
    assertThat(asked).isEqualTo(2);
  }

  @Test
  void aMissingJarLoadsNothing(@TempDir Path dir) {
    RecordingLoader loader = new RecordingLoader();
    assertThat(ClassArchive.loadJar(dir.resolve("absent.jar"), loader)).isZero();
    assertThat(loader.asked).isEmpty();
  }
}
