/**
 * The Ceph client protocol as bytes: encodings, frames, authentication and message codecs, with no
 * networking. {@link io.jrados.protocol.ProtocolException} is the root of every error raised for
 * input that breaks the protocol.
 */
package io.jrados.protocol;
