package io.jrados.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rados tool's option syntax. */
class RadosArgsTest {
  @Test
  void optionsStandAnywhereAmongTheWords() {
    RadosArgs a = RadosArgs.parse(List.of("put", "-p", "gold", "obj", "-N", "ns", "-"));
    assertThat(a.pool()).isEqualTo("gold");
    assertThat(a.namespace()).isEqualTo("ns");
    assertThat(a.words()).containsExactly("put", "obj", "-");
    RadosArgs b = RadosArgs.parse(List.of("--pool=gold", "--namespace", "ns", "ls"));
    assertThat(b.pool()).isEqualTo("gold");
    assertThat(b.namespace()).isEqualTo("ns");
  }

  @Test
  void benchOptions() {
    RadosArgs a =
        RadosArgs.parse(
            List.of("-p", "x", "bench", "10", "write", "-b", "4K", "-t", "32", "--no_cleanup"));
    assertThat(a.opSize()).isEqualTo(4096);
    assertThat(a.opSizeGiven()).isTrue();
    assertThat(a.concurrency()).isEqualTo(32);
    assertThat(a.noCleanup()).isTrue();
    assertThat(a.words()).containsExactly("bench", "10", "write");
    assertThat(RadosArgs.parse(List.of("bench", "1", "seq")).opSize()).isEqualTo(4 << 20);
    assertThat(RadosArgs.parse(List.of("-b", "4Mi", "x")).opSize()).isEqualTo(4 << 20);
    assertThat(a.maxObjects()).isZero();
    assertThat(RadosArgs.parse(List.of("--max_objects=1K", "x")).maxObjects()).isEqualTo(1024);
    assertThatThrownBy(() -> RadosArgs.parse(List.of("--max-objects", "3G", "x")))
        .isInstanceOf(RadosArgs.InvalidValueException.class)
        .hasMessage("Invalid value for max-objects: '3G' is too large (at most 2147483647)");
  }

  @Test
  void snapIdIsReadAsRadosReadsIt() {
    assertThat(RadosArgs.parse(List.of("-S", "3", "ls")).snapId()).isEqualTo(3L);
    assertThat(RadosArgs.parse(List.of("--snapid=1K", "ls")).snapId()).isEqualTo(1024L);
    assertThat(RadosArgs.parse(List.of("ls")).snapId()).isNull();
    assertThatThrownBy(() -> RadosArgs.parse(List.of("-S", "abc", "ls")))
        .isInstanceOf(RadosArgs.InvalidValueException.class)
        .hasMessage("Invalid value for snapid: strict_iecstrtoll: illegal prefix (length > 2)");
  }

  @Test
  void allNamespacesUnlessDefaultOrANamespace() {
    assertThat(RadosArgs.parse(List.of("--all", "ls")).allNamespaces()).isTrue();
    assertThat(RadosArgs.parse(List.of("--all", "--default", "ls")).allNamespaces()).isFalse();
    assertThat(RadosArgs.parse(List.of("--all", "-N", "n", "ls")).allNamespaces()).isFalse();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThatThrownBy(() -> RadosArgs.parse(List.of("--frobnicate", "ls")))
        .isInstanceOf(RadosArgs.UsageException.class)
        .hasMessageContaining("--frobnicate");
    assertThatThrownBy(() -> RadosArgs.parse(List.of("ls", "-p")))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> RadosArgs.parse(List.of("-b", "4Q", "x")))
        .isInstanceOf(RadosArgs.InvalidValueException.class)
        .hasMessage("Invalid value for block-size: strict_iecstrtoll: unit prefix not recognized");
    // rados would truncate 8 GiB into its 32-bit op size; jrados says it cannot hold it.
    assertThatThrownBy(() -> RadosArgs.parse(List.of("-b", "8G", "x")))
        .isInstanceOf(RadosArgs.InvalidValueException.class)
        .hasMessage("Invalid value for block-size: '8G' is too large (at most 2147483647)");
    // A command word after a value that starts with a dash is rados' usage, status 1, in either
    // form and for any option (its check looks at the last value taken, whatever it was for).
    assertThatThrownBy(() -> RadosArgs.parse(List.of("-t", "-5", "x")))
        .isInstanceOf(RadosArgs.UsageException.class);
    assertThatThrownBy(() -> RadosArgs.parse(List.of("--offset=-1", "x")))
        .isInstanceOf(RadosArgs.UsageException.class);
    assertThatThrownBy(() -> RadosArgs.parse(List.of("-p", "-x", "ls")))
        .isInstanceOf(RadosArgs.UsageException.class);
    // With no word after it, the value is read, and a negative number refused as one.
    assertThatThrownBy(() -> RadosArgs.parse(List.of("x", "-t", "-5")))
        .isInstanceOf(RadosArgs.InvalidValueException.class)
        .hasMessage(
            "Invalid value for concurrent-ios: strict_iecstrtoll: value should not be negative");
    assertThat(RadosArgs.parse(List.of("ls", "-p", "-x")).pool()).isEqualTo("-x");
    // A later option's value is the last one: the dashed one is then read as a number.
    assertThatThrownBy(() -> RadosArgs.parse(List.of("-t", "-5", "-b", "4K", "x")))
        .isInstanceOf(RadosArgs.InvalidValueException.class)
        .hasMessageContaining("concurrent-ios");
    // Numbers are read after every option, in rados' order, the last of each counting.
    assertThatThrownBy(() -> RadosArgs.parse(List.of("--offset", "1x", "-t", "2x", "x")))
        .hasMessageContaining("concurrent-ios");
    assertThat(RadosArgs.parse(List.of("-t", "2x", "-t", "3", "x")).concurrency()).isEqualTo(3);
    // No command word, or --help: rados stops before reading any number.
    assertThat(RadosArgs.parse(List.of("-t", "-5")).words()).isEmpty();
    assertThat(RadosArgs.parse(List.of("-t", "2x", "-h", "x")).help()).isTrue();
  }
}
