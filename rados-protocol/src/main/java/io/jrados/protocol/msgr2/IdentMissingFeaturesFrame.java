package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * IDENT_MISSING_FEATURES ({@code IdentMissingFeaturesFrame}): {@code u64 features}. The server's
 * answer to a CLIENT_IDENT that lacks features it requires.
 *
 * @param missingFeatures the {@code CEPH_FEATURE_*} bits the server requires and the client did not
 *     offer
 */
public record IdentMissingFeaturesFrame(long missingFeatures) implements ControlFrame {
  @Override
  public Tag tag() {
    return Tag.IDENT_MISSING_FEATURES;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u64(missingFeatures);
  }

  static IdentMissingFeaturesFrame decode(CephDecoder decoder) {
    return new IdentMissingFeaturesFrame(decoder.u64());
  }
}
