package io.jrados.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.protocol.osd.AllocHint;
import io.netty.buffer.Unpooled;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What error messages say an operation did: its ops' descriptions, made only when asked for. */
class OperationDescriptionTest {
  @Test
  void aCompoundWriteSaysEachOpInOrder() {
    WriteOperation op =
        new WriteOperation()
            .setAllocHint(4096, 4096, AllocHint.BENCH)
            .write(8192, Unpooled.wrappedBuffer(new byte[4096]))
            .setXattr("v", new byte[1]);
    String expected =
        "set-alloc-hint object_size 4096 write_size 4096, write 4096 bytes at 8192, setxattr v";
    assertThat(op.describe()).isEqualTo(expected);
    Supplier<String> later = op.description();
    op.take().forEach(o -> o.release());
    assertThat(later.get()).isEqualTo(expected);
  }

  @Test
  void aWriteDescribesTheBytesItWasGivenNotWhatIsLeftOfThem() {
    WriteOperation op = new WriteOperation().write(0, Unpooled.wrappedBuffer(new byte[10]));
    Supplier<String> later = op.description();
    var ops = op.take();
    ops.forEach(o -> o.release());
    assertThat(later.get()).isEqualTo("write 10 bytes at 0");
  }

  @Test
  void aReadOperationJoinsItsReads() {
    ReadOperation op = new ReadOperation();
    op.stat();
    op.getXattr("a");
    assertThat(op.description().get()).isEqualTo(op.describe()).contains(", ");
    op.take().forEach(o -> o.release());
  }
}
