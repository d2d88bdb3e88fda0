package io.jrados.client.internal.util;

import io.netty.handler.codec.DecoderException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Gets past the wrappers futures and Netty's decoders put around the failure that matters. */
public final class Causes {
  private Causes() {}

  /** The first cause that is not a CompletionException, ExecutionException or DecoderException. */
  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException
            || c instanceof ExecutionException
            || c instanceof DecoderException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
