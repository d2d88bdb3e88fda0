package io.jrados.protocol.osd;

import static io.jrados.protocol.osd.CapturedMessage.assertSameOps;
import static io.jrados.protocol.osd.CapturedMessage.withOp;
import static io.jrados.protocol.osd.CapturedMessage.withReply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SETALLOCHINT as librados sends it, captured from a real OSD (see README.md): {@code rados
 * set-alloc-hint hinted2 4194304 65536} (no flags), and the first op of {@code rados bench 1 write
 * -b 4096 -t 1}, which hints every object it writes.
 */
class AllocHintCaptureTest {

  @Test
  void theRadosToolsHint() {
    withOp(
        "hint-op-0",
        (op, frame) ->
            assertSameOps(op.ops(), List.of(DataOps.setAllocHint(4 << 20, 64 << 10, 0))));
    withReply("hint-reply-0", (reply, frame) -> assertThat(reply.result()).isZero());
  }

  @Test
  void radosBenchHintsEachWrite() {
    withOp(
        "benchhint-op-0",
        (op, frame) ->
            assertSameOps(
                op.ops(),
                List.of(
                    DataOps.setAllocHint(4096, 4096, AllocHint.BENCH),
                    DataOps.write(0, op.ops().get(1).indata().retainedDuplicate()))));
    withReply("benchhint-reply-0", (reply, frame) -> assertThat(reply.result()).isZero());
  }
}
