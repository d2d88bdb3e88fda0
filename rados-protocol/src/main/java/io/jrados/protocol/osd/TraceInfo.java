package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * Ceph's {@code blkin_trace_info}: three raw {@code u64}s (trace, span, parent span) that OSD op
 * messages always carry. Without tracing they are all zero, which is what jrados sends.
 */
public record TraceInfo(long traceId, long spanId, long parentSpanId) {
  /** No trace. */
  public static final TraceInfo NONE = new TraceInfo(0, 0, 0);

  /** Encoded size. */
  public static final int SIZE = 24;

  /** Reads the three u64s. */
  public static TraceInfo decode(CephDecoder decoder) {
    long trace = decoder.u64();
    long span = decoder.u64();
    long parent = decoder.u64();
    return new TraceInfo(trace, span, parent);
  }

  /** Writes the three u64s. */
  public void encode(CephEncoder encoder) {
    encoder.u64(traceId).u64(spanId).u64(parentSpanId);
  }
}
