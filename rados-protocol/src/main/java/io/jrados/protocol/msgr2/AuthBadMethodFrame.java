package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import java.util.List;

/**
 * AUTH_BAD_METHOD ({@code AuthBadMethodFrame}): {@code u32 method, s32 result, vector<u32>
 * allowed_methods, vector<u32> allowed_modes}. The server's answer to an AUTH_REQUEST whose method
 * or modes it does not accept; the client may retry with one of the allowed ones.
 *
 * @param method the method that was refused
 * @param result a negative errno, e.g. -95 ({@code EOPNOTSUPP})
 * @param allowedMethods methods the server accepts
 * @param allowedModes connection modes the server accepts
 */
public record AuthBadMethodFrame(
    int method, int result, List<Integer> allowedMethods, List<Integer> allowedModes)
    implements ControlFrame {
  /** Copies the lists. */
  public AuthBadMethodFrame {
    allowedMethods = List.copyOf(allowedMethods);
    allowedModes = List.copyOf(allowedModes);
  }

  @Override
  public Tag tag() {
    return Tag.AUTH_BAD_METHOD;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder
        .s32(method)
        .s32(result)
        .list(allowedMethods, (m, e) -> e.s32(m))
        .list(allowedModes, (m, e) -> e.s32(m));
  }

  static AuthBadMethodFrame decode(CephDecoder decoder) {
    int method = decoder.s32();
    int result = decoder.s32();
    List<Integer> methods = decoder.list(4, CephDecoder::s32);
    List<Integer> modes = decoder.list(4, CephDecoder::s32);
    return new AuthBadMethodFrame(method, result, methods, modes);
  }
}
