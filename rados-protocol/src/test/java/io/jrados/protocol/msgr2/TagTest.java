package io.jrados.protocol.msgr2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class TagTest {
  @Test
  void numbersFollowFramesV2AndTheKernel() {
    String[] inOrder = {
      "HELLO",
      "AUTH_REQUEST",
      "AUTH_BAD_METHOD",
      "AUTH_REPLY_MORE",
      "AUTH_REQUEST_MORE",
      "AUTH_DONE",
      "AUTH_SIGNATURE",
      "CLIENT_IDENT",
      "SERVER_IDENT",
      "IDENT_MISSING_FEATURES",
      "SESSION_RECONNECT",
      "SESSION_RESET",
      "SESSION_RETRY",
      "SESSION_RETRY_GLOBAL",
      "SESSION_RECONNECT_OK",
      "WAIT",
      "MESSAGE",
      "KEEPALIVE2",
      "KEEPALIVE2_ACK",
      "ACK"
    };
    assertThat(Tag.values()).hasSize(20);
    for (int code = 1; code <= 20; code++) {
      Tag tag = Tag.fromCode(code);
      assertThat(tag.name()).isEqualTo(inOrder[code - 1]);
      assertThat(tag.code()).isEqualTo(code);
    }
    assertThat(Tag.MESSAGE.isMessage()).isTrue();
    assertThat(Tag.ACK.isMessage()).isFalse();
  }

  @Test
  void unknownNumbersAreProtocolErrorsNamingTheNumber() {
    for (int code : new int[] {0, 21, 22, 123, 255, -1}) {
      assertThatThrownBy(() -> Tag.fromCode(code))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("unknown msgr2 frame tag " + code);
    }
  }

  @Test
  void featureBitsAndSizes() {
    assertThat(Msgr2Constants.FEATURE_REVISION_1).isEqualTo(1);
    assertThat(Msgr2Constants.FEATURE_COMPRESSION).isEqualTo(2);
    assertThat(Msgr2Constants.SECURE_PREAMBLE_SIZE).isEqualTo(96);
    assertThat(Msgr2Constants.EPILOGUE_CRC_SIZE).isEqualTo(13);
    assertThat(Msgr2Constants.describeFeatures(3)).isEqualTo("0x3 (REVISION_1, COMPRESSION)");
    assertThat(Msgr2Constants.describeFeatures(1L << 5)).isEqualTo("0x20 (bit5)");
  }
}
