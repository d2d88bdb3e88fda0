package io.jrados.client.api;

import io.jrados.client.internal.osd.OsdCompletion;
import io.jrados.client.internal.osd.OsdErrors;
import io.jrados.client.internal.osd.OsdOpSpec;
import io.jrados.client.internal.osd.OsdResult;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The future {@link IoCtx} hands the caller for an op, which is also the op's completion: one
 * object per op, where a future of the caller's chained to one of the objecter's made two futures,
 * a stage and a lambda. The reply is released here, whatever the caller does with the future, so a
 * caller that cancels or completes it early cannot leak the reply. (A class, not a lambda:
 * bin/jrados runs on C1, which allocates capturing lambdas through a call into the JVM; see
 * Objecter's Start.)
 */
final class OpFuture<T> extends CompletableFuture<T> implements OsdCompletion {
  private final OsdOpSpec spec;
  private final Function<OsdResult, T> read;

  OpFuture(OsdOpSpec spec, Function<OsdResult, T> read) {
    this.spec = spec;
    this.read = read;
  }

  @Override
  public boolean answered(OsdResult r) {
    try {
      if (r.result() < 0) {
        throw OsdErrors.forResult(r.result(), spec);
      }
      T value = read.apply(r);
      if (!complete(value)) {
        // The caller cancelled first: a buffer handed over would be nobody's to release.
        ReferenceCountUtil.release(value);
      }
    } catch (RuntimeException x) {
      completeExceptionally(x);
    } finally {
      r.release();
    }
    return true;
  }

  @Override
  public void failed(Throwable error) {
    completeExceptionally(error);
  }

  /** The first op's output, parsed (a class, not a lambda: see above). */
  static final class FirstOutput<T> implements Function<OsdResult, T> {
    private final Function<ByteBuf, T> parse;

    FirstOutput(Function<ByteBuf, T> parse) {
      this.parse = parse;
    }

    @Override
    public T apply(OsdResult r) {
      return parse.apply(r.ops().get(0).outdata());
    }
  }
}
