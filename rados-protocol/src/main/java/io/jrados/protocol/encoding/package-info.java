/**
 * Ceph's wire encoding: {@link io.jrados.protocol.encoding.CephDecoder} and {@link
 * io.jrados.protocol.encoding.CephEncoder} for the primitives (little-endian integers,
 * length-prefixed strings and bufferlists, lists, maps and versioned structs), and the small value
 * types every message carries: time stamps, entity names and addresses.
 *
 * <p>Everything here works on bytes in Netty buffers; nothing touches a socket. Malformed input
 * raises {@link io.jrados.protocol.ProtocolException} and nothing else.
 */
package io.jrados.protocol.encoding;
