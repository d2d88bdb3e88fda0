package io.jrados.client.internal.util;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The I/O threads of one client. A client needs one: every connection (mons, OSDs, mgr) and every
 * timer runs on it, which is what keeps a jrados client at one thread where librados starts a
 * dozen. Threads are marked so that {@link Blocking} can refuse to block on them.
 */
public final class IoThreads implements AutoCloseable {
  private static final ThreadLocal<Boolean> IS_IO_THREAD = ThreadLocal.withInitial(() -> false);
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final EventLoopGroup group;

  /** Starts {@code threads} I/O threads named jrados-io-N-M. */
  public IoThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one I/O thread, got " + threads);
    }
    ThreadFactory base = new DefaultThreadFactory("jrados-io-" + CLIENTS.incrementAndGet(), true);
    ThreadFactory marking =
        r ->
            base.newThread(
                () -> {
                  IS_IO_THREAD.set(true);
                  r.run();
                });
    this.group = new NioEventLoopGroup(threads, marking);
  }

  public EventLoopGroup group() {
    return group;
  }

  /** Whether the calling thread is an I/O thread of any jrados client. */
  public static boolean onIoThread() {
    return IS_IO_THREAD.get();
  }

  /** Stops the threads, waiting (bounded) for them to finish what they are doing. */
  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
