/**
 * Codecs of the Ceph messages a RADOS client exchanges with the monitors and OSDs (OSDMap, and the
 * OSD op messages MOSDOp, MOSDOpReply and MOSDBackoff, whose contents live in {@link
 * io.jrados.protocol.osd}), with the constants they need: {@link
 * io.jrados.protocol.messages.MessageType} numbers, {@link
 * io.jrados.protocol.messages.CephFeatures} bits and msgr2 {@link
 * io.jrados.protocol.messages.ConnectFlags}.
 *
 * <p>Each message is a value class that encodes its front payload and has a static {@code
 * decode(CephDecoder, int headerVersion)}; the header version and compat version it writes are its
 * {@code HEAD_VERSION} and {@code COMPAT_VERSION}. Framing, sequencing and the data segment belong
 * to the messenger. Malformed input raises {@link io.jrados.protocol.ProtocolException} and nothing
 * else.
 */
package io.jrados.protocol.messages;
