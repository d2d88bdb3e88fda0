/**
 * The msgr2 revision 1 frame layer: the {@link io.jrados.protocol.msgr2.Banner}, frame {@link
 * io.jrados.protocol.msgr2.Preamble}s, {@link io.jrados.protocol.msgr2.Crc32c}, and frame assembly
 * and disassembly in crc and secure (AES-128-GCM) modes ({@link
 * io.jrados.protocol.msgr2.FrameAssembler}, {@link io.jrados.protocol.msgr2.FrameDisassembler}),
 * with one record per control frame payload and {@link io.jrados.protocol.msgr2.MessageFrame} for
 * messages.
 *
 * <p>Bytes only: nothing here opens a socket, and the handshake's order of frames is the client's
 * business. Revision 0 frames and on-wire compression are not implemented; our banner requires
 * revision 1 and never offers compression.
 */
package io.jrados.protocol.msgr2;
