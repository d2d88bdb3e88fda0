package io.jrados.testcluster.junit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaked a Netty buffer. Netty's detector only logs a leak, and only when
 * the garbage collector finds the buffer, so this installs a detector that also records each
 * report, and after every test class forces a collection and turns any report into a failure.
 *
 * <p>Registered through {@code META-INF/services} and JUnit's extension autodetection, which the
 * build switches on for every module, so no test can forget it. The level is PARANOID: every buffer
 * is tracked.
 */
public final class NettyLeakCheck implements AfterAllCallback {
  private static final ConcurrentLinkedQueue<String> LEAKS = new ConcurrentLinkedQueue<>();

  static {
    // Must run before the first ByteBuf class initializes its detector; JUnit instantiates
    // autodetected extensions before any test code runs.
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<String> leaks = collectLeaks();
    if (!leaks.isEmpty()) {
      throw new AssertionError(
          leaks.size()
              + " Netty buffer leak(s) in "
              + context.getDisplayName()
              + ":\n"
              + String.join("\n----\n", leaks));
    }
  }

  /**
   * Forces unreachable buffers to be found and returns (and forgets) every leak reported so far.
   */
  public static List<String> collectLeaks() {
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(40); // the reference handler enqueues collected buffers asynchronously
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      // The detector drains its reference queue when it tracks a new buffer.
      Unpooled.buffer(1).release();
      ByteBuf pooled = PooledByteBufAllocator.DEFAULT.buffer(1);
      pooled.release();
    }
    List<String> out = new ArrayList<>();
    for (String s; (s = LEAKS.poll()) != null; ) {
      out.add(s);
    }
    return out;
  }

  private static final class RecordingFactory extends ResourceLeakDetectorFactory {
    @Override
    @SuppressWarnings("deprecation") // the three-argument form is the one Netty 4.1 calls
    public <T> ResourceLeakDetector<T> newResourceLeakDetector(
        Class<T> resource, int samplingInterval, long maxActive) {
      return new RecordingDetector<>(resource, samplingInterval);
    }

    @Override
    public <T> ResourceLeakDetector<T> newResourceLeakDetector(
        Class<T> resource, int samplingInterval) {
      return new RecordingDetector<>(resource, samplingInterval);
    }
  }

  private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
    RecordingDetector(Class<T> resource, int samplingInterval) {
      super(resource, samplingInterval);
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
      LEAKS.add("LEAK: " + resourceType + " released too late or never" + records);
      super.reportTracedLeak(resourceType, records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
      LEAKS.add("LEAK: " + resourceType + " released too late or never (no records)");
      super.reportUntracedLeak(resourceType);
    }
  }
}
