package io.jrados.testcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.jrados.testcluster.junit.NettyLeakCheck;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NettyLeakCheckTest {

  @Test
  void aDroppedBufferIsReportedAndAReleasedOneIsNot() {
    NettyLeakCheck.collectLeaks(); // start clean
    useAndRelease();
    assertThat(NettyLeakCheck.collectLeaks()).isEmpty();

    leakOne();
    List<String> leaks = new ArrayList<>();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (leaks.isEmpty() && System.nanoTime() < deadline) {
      leaks.addAll(NettyLeakCheck.collectLeaks());
    }
    assertThat(leaks).singleElement().asString().contains("LEAK: ByteBuf").contains("leakOne");
  }

  // Each buffer lives in its own frame: Netty tracks the pooled buffer under the wrapper, and a
  // recycled one still referenced from the test's frame would never become unreachable.
  private static void useAndRelease() {
    ByteBuf kept = PooledByteBufAllocator.DEFAULT.buffer(16);
    kept.writeInt(42);
    kept.release();
  }

  private static void leakOne() {
    ByteBuf lost = PooledByteBufAllocator.DEFAULT.buffer(16);
    lost.writeLong(7); // a touch, so the leak record names this method
  }
}
