/**
 * What travels inside OSD op messages: the identifiers they carry ({@link
 * io.jrados.protocol.osdmap.PgId}, {@link io.jrados.protocol.osd.SpgId}, {@link
 * io.jrados.protocol.osd.ObjectLocator}, {@link io.jrados.protocol.osd.HObject}, ...), the op codes
 * and flags, and one builder/parser class per family of ops ({@link
 * io.jrados.protocol.osd.DataOps}, {@link io.jrados.protocol.osd.XattrOps}, {@link
 * io.jrados.protocol.osd.OmapOps}, ...).
 *
 * <p>Results stay raw: an op's result is a negative errno int exactly as the OSD sent it; turning
 * errnos into exceptions is the client's business. Outdata parsers bound every count and length and
 * raise {@link io.jrados.protocol.ProtocolException} on malformed input.
 */
package io.jrados.protocol.osd;
