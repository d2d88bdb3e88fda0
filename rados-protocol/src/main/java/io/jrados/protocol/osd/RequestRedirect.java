package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Objects;

/**
 * Ceph's {@code request_redirect_t}, which an OSD puts in a reply to send the client elsewhere (a
 * cache tier's base pool): {@code ENCODE_START(1, 1) { object_locator_t, string object, u32 0 }};
 * the trailing u32 is the empty remnant of a removed field and is skipped when reading.
 *
 * @param locator where to resend
 * @param object the object name to use there, or empty to keep the original
 */
public record RequestRedirect(ObjectLocator locator, String object) {
  /** Checks the fields. */
  public RequestRedirect {
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(object, "object");
  }

  /** Reads a {@code request_redirect_t}. */
  public static RequestRedirect decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("request_redirect_t", 1);
    ObjectLocator locator = ObjectLocator.decode(decoder);
    String object = decoder.string();
    decoder.endStruct(struct); // skips the legacy osd_instructions length
    return new RequestRedirect(locator, object);
  }

  /** Writes a {@code request_redirect_t}. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(1, 1);
    locator.encode(encoder);
    encoder.string(object).u32(0);
    encoder.endStruct(struct);
  }
}
