package io.jrados.protocol.auth.cephx;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;

/**
 * The start of every cephx reply after the challenge ({@code CephXResponseHeader}): {@code le16
 * request_type, s32 status}.
 *
 * @param requestType the request being answered, a {@code CephxConstants} request type
 * @param status 0, or a negative errno
 */
record CephxResponseHeader(int requestType, int status) {
  /** Reads the header. */
  static CephxResponseHeader decode(CephDecoder in) {
    int type = in.u16();
    int status = in.s32();
    return new CephxResponseHeader(type, status);
  }

  /**
   * Reads the header and checks that it answers {@code expectedType} with success.
   *
   * @throws ProtocolException if it answers another request
   * @throws CephxAuthenticationException if the server reports an error
   */
  static CephxResponseHeader expect(CephDecoder in, int expectedType) {
    CephxResponseHeader header = decode(in);
    if (header.requestType != expectedType) {
      throw new ProtocolException(
          "cephx reply answers "
              + CephxConstants.requestTypeName(header.requestType)
              + ", expected "
              + CephxConstants.requestTypeName(expectedType));
    }
    if (header.status != 0) {
      throw new CephxAuthenticationException(
          "cephx "
              + CephxConstants.requestTypeName(expectedType)
              + " failed with status "
              + header.status);
    }
    return header;
  }
}
