package io.jrados.protocol.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityName;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class MonAuthRequestTest {
  @Test
  void encodesModeNameAndGlobalId() {
    ByteBuf buf = Unpooled.buffer();
    try {
      new MonAuthRequest(EntityName.parse("client.admin"), 0x1234).encode(new CephEncoder(buf));

      assertThat(ByteBufUtil.hexDump(buf))
          .isEqualTo(
              "0a" // AUTH_MODE_MON
                  + "08000000"
                  + "05000000"
                  + "61646d696e" // client.admin
                  + "3412000000000000"); // global_id
    } finally {
      buf.release();
    }
  }

  @Test
  void preferredModesPutTheChosenModeFirst() {
    assertThat(AuthConstants.preferredModes(true)).containsExactly(2, 1);
    assertThat(AuthConstants.preferredModes(false)).containsExactly(1, 2);
    assertThat(AuthConstants.conModeName(AuthConstants.CON_MODE_SECURE)).isEqualTo("secure");
    assertThat(AuthConstants.conModeName(7)).isEqualTo("unknown(7)");
  }
}
