package io.jrados.client.internal.osd;

import java.util.concurrent.CompletableFuture;

/** A future that is an op's completion: what {@link Objecter#submit(OsdOpSpec)} returns. */
final class OsdFuture extends CompletableFuture<OsdResult> implements OsdCompletion {
  @Override
  public boolean answered(OsdResult result) {
    return complete(result);
  }

  @Override
  public void failed(Throwable error) {
    completeExceptionally(error);
  }
}
