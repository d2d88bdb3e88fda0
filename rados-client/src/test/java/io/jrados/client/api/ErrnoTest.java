package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrnoTest {

  @Test
  void namesMatchWhatTheCephToolPrints() {
    assertThat(Errno.nameOf(-2)).isEqualTo("ENOENT");
    assertThat(Errno.nameOf(13)).isEqualTo("EACCES");
    assertThat(Errno.nameOf(-95)).isEqualTo("ENOTSUP");
    assertThat(Errno.nameOf(-35)).isEqualTo("EDEADLOCK");
    assertThat(Errno.nameOf(-4242)).isEqualTo("errno 4242");
    assertThat(Errno.of(-17)).isEqualTo(Errno.EEXIST);
  }

  @Test
  void monCommandErrorReadsLikeCeph() {
    MonCommandException e =
        new MonCommandException("{\"prefix\":\"osd pool get\"}", -2, "unrecognized pool 'nosuch'");
    assertThat(e.getMessage()).startsWith("Error ENOENT: unrecognized pool 'nosuch'");
    assertThat(e.errno()).isEqualTo(2);
    assertThat(e.status()).isEqualTo("unrecognized pool 'nosuch'");
  }
}
