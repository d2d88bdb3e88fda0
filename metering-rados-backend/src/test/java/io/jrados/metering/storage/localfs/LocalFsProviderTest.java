package io.jrados.metering.storage.localfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.storage.ListPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to the local file system provider. */
class LocalFsProviderTest {
  @TempDir Path base;

  private LocalFsProvider open(String uriQuery) throws IOException {
    return new LocalFsProvider(
        LocalFsSettings.from(StorageConfig.parse("localfs://" + base + uriQuery)));
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes());
  }

  @Test
  void keysAreFilesAtTheirPathUnderBaseAndPrefix() throws IOException {
    try (LocalFsProvider p = open("?prefix=pre")) {
      p.put("metering/ru/60/c/pool/s-0.json.gz", bytes("x"));
    }
    assertThat(base.resolve("pre/metering/ru/60/c/pool/s-0.json.gz")).hasContent("x");
  }

  @Test
  void createdDirectoriesAndFilesGetTheConfiguredPermissions() throws IOException {
    try (LocalFsProvider p = open("/sub?permissions=0750")) {
      p.put("d/f", bytes("x"));
      p.createIfAbsent("d/g", bytes("y"));
    }
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(base.resolve("sub/d/f"))))
        .isEqualTo("rwxr-x---");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(base.resolve("sub/d/g"))))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void withoutCreateDirsAMissingBaseIsAnError() {
    assertThatThrownBy(() -> open("/missing?create-dirs=false"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("base directory does not exist");
    assertThat(base.resolve("missing")).doesNotExist();
  }

  @Test
  void withoutCreateDirsAMissingParentIsAnError() throws IOException {
    try (LocalFsProvider p = open("?create-dirs=false")) {
      p.put("top", bytes("ok"));
      assertThatThrownBy(() -> p.put("no/dir/here", bytes("x")))
          .isInstanceOf(NoSuchFileException.class);
    }
  }

  @Test
  void noTemporaryFileIsLeftOrListed() throws IOException {
    try (LocalFsProvider p = open("")) {
      p.put("d/a", bytes("1"));
      p.createIfAbsent("d/a", bytes("2"));
      p.createIfAbsent("d/b", bytes("3"));
      Files.writeString(base.resolve("d/" + LocalFsProvider.TEMP_PREFIX + "crashed.part"), "junk");
      assertThat(p.listPage("d/", null, 10).keys()).containsExactly("d/a", "d/b");
      assertThatThrownBy(() -> p.put("d/" + LocalFsProvider.TEMP_PREFIX + "x", bytes("x")))
          .isInstanceOf(IllegalArgumentException.class);
    }
    try (Stream<Path> files = Files.list(base.resolve("d"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("a", "b", LocalFsProvider.TEMP_PREFIX + "crashed.part");
    }
  }

  @Test
  void aFailingSourceLeavesTheOldObjectAndNoTemporaryFile() throws IOException {
    try (LocalFsProvider p = open("")) {
      p.put("k", bytes("old"));
      InputStream failing =
          new InputStream() {
            private int left = 1000;

            @Override
            public int read() throws IOException {
              // Fails on every call from the 1001st on: InputStream.read(byte[]) swallows a
              // failure after the first byte of a chunk and reads again.
              if (left-- <= 0) {
                throw new IOException("source broke");
              }
              return 'n';
            }
          };
      assertThatThrownBy(() -> p.put("k", failing)).hasMessage("source broke");
      assertThat(base.resolve("k")).hasContent("old");
      try (Stream<Path> files = Files.list(base)) {
        assertThat(files).containsExactly(base.resolve("k"));
      }
    }
  }

  @Test
  void aListingReadsOnlyTheDirectoriesThatCanHoldItsKeys() throws IOException {
    try (LocalFsProvider p = open("")) {
      for (int i = 0; i < 30; i++) {
        p.put("metering/ru/" + (60 * i) + "/cat/pool/s-0.json.gz", bytes("x"));
      }
      OrderedWalk walk = new OrderedWalk(p.root(), "metering/ru/600/", null, 100);
      ListPage page = walk.run();
      assertThat(page.keys()).containsExactly("metering/ru/600/cat/pool/s-0.json.gz");
      // metering/ru/600/, its cat/ and its pool/: none of the 29 other minutes.
      assertThat(walk.directoriesRead()).isEqualTo(3);

      OrderedWalk resumed =
          new OrderedWalk(p.root(), "metering/ru/", "metering/ru/600/cat/pool/s-0.json.gz", 2);
      assertThat(resumed.run().keys())
          .containsExactly(
              "metering/ru/660/cat/pool/s-0.json.gz", "metering/ru/720/cat/pool/s-0.json.gz");
      // metering/ru/, then three levels each of 600 (holds the start), 660, 720 and 780 (the
      // look-ahead that says "truncated"); the 16 minutes sorting before 600 are never opened.
      assertThat(resumed.directoriesRead()).isEqualTo(1 + 4 * 3);
    }
  }

  @Test
  void settingsRejectUnknownParametersAndBadPermissions() {
    assertThatThrownBy(() -> open("?permision=0755"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown localfs parameter 'permision'");
    assertThatThrownBy(() -> open("?permissions=rwx"))
        .hasMessageContaining("permissions must be three octal digits");
    assertThatThrownBy(() -> open("?create-dirs=yes")).hasMessageContaining("create-dirs");
    assertThat(LocalFsSettings.parseOctalPermissions("644"))
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(List.of(LocalFsSettings.DEFAULT_BASE_PATH)).containsExactly("./metering-data");
  }
}
