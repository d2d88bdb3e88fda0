package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static io.jrados.protocol.msgr2.TestBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class MessageFrameTest {
  private static final MessageHeader2 HEADER =
      new MessageHeader2(1, 2, 42, 127, 8, 0, 4096, 3, 0, 3, 0);

  private static final String HEADER_HEX =
      "0100000000000000" // seq
          + "0200000000000000" // tid
          + "2a00" // type 42, MOSDOp
          + "7f00" // priority 127
          + "0800" // version 8
          + "00000000" // data_pre_padding_len
          + "0010" // data_off 4096
          + "0300000000000000" // ack_seq
          + "00" // flags
          + "0300" // compat_version
          + "0000"; // reserved

  @Test
  void headerIsFortyOneBytesPackedLittleEndian() {
    ByteBuf out = Unpooled.buffer();
    HEADER.encode(new CephEncoder(out));
    byte[] bytes = TestBytes.drain(out);
    assertThat(bytes).hasSize(MessageHeader2.SIZE);
    assertThat(hex(bytes)).isEqualTo(HEADER_HEX);
    ByteBuf in = Unpooled.wrappedBuffer(bytes);
    try {
      assertThat(MessageHeader2.decode(new CephDecoder(in))).isEqualTo(HEADER);
    } finally {
      in.release();
    }
  }

  private static Frame roundTrip(MessageFrame message, boolean secure, int expectedWireLength) {
    byte[] secret = TestBytes.connectionSecret();
    FrameAssembler tx = new FrameAssembler();
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    if (secure) {
      tx.enableSecureMode(FrameCipher.forClient(secret).tx());
      rx.enableSecureMode(FrameCipher.forServer(secret).rx());
    }
    ByteBuf wire = message.assemble(tx, ALLOC);
    try {
      assertThat(wire.readableBytes()).isEqualTo(expectedWireLength);
      return rx.decode(wire);
    } finally {
      wire.release();
    }
  }

  @Test
  void anEmptyMessageIsOneSegmentWithNoEpilogue() {
    for (boolean secure : new boolean[] {false, true}) {
      MessageFrame empty =
          new MessageFrame(
              HEADER, Unpooled.EMPTY_BUFFER, Unpooled.EMPTY_BUFFER, Unpooled.EMPTY_BUFFER);
      Frame frame = roundTrip(empty, secure, secure ? 96 : 32 + 41 + 4);
      try {
        assertThat(frame.segmentCount()).isEqualTo(1);
        assertThat(frame.preamble().segmentAlignment(0)).isEqualTo(8);
        MessageFrame back = MessageFrame.from(frame);
        assertThat(back.header()).isEqualTo(HEADER);
        assertThat(back.front().readableBytes()).isZero();
        assertThat(back.data().readableBytes()).isZero();
        back.release();
      } finally {
        frame.release();
        empty.release();
      }
    }
  }

  @Test
  void frontMiddleAndDataRoundTripWithAlignments888And4096() {
    byte[] front = TestBytes.pattern(250, 1);
    byte[] data = TestBytes.pattern(8192 + 5, 2);
    for (boolean secure : new boolean[] {false, true}) {
      MessageFrame message =
          new MessageFrame(
              HEADER,
              Unpooled.wrappedBuffer(front),
              Unpooled.EMPTY_BUFFER,
              Unpooled.wrappedBuffer(data));
      int wireLength = secure ? 96 + 256 + 0 + 8208 + 32 : 32 + 41 + 4 + 250 + 0 + 8197 + 13;
      Frame frame = roundTrip(message, secure, wireLength);
      try {
        assertThat(frame.segmentCount()).isEqualTo(4);
        assertThat(frame.preamble().toString()).isEqualTo("MESSAGE [41/8, 250/8, 0/8, 8197/4096]");
        MessageFrame back = MessageFrame.from(frame);
        try {
          assertThat(back.header()).isEqualTo(HEADER);
          assertThat(TestBytes.peek(back.front())).isEqualTo(front);
          assertThat(back.middle().readableBytes()).isZero();
          assertThat(TestBytes.peek(back.data())).isEqualTo(data);
        } finally {
          back.release();
        }
      } finally {
        frame.release();
        message.release();
      }
    }
  }

  @Test
  void aHeaderSegmentOfTheWrongSizeOrAControlFrameIsRefused() {
    FrameAssembler tx = new FrameAssembler();
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    ByteBuf header = Unpooled.wrappedBuffer(new byte[40]);
    ByteBuf wire =
        tx.assembleMessage(
            ALLOC, header, Unpooled.EMPTY_BUFFER, Unpooled.EMPTY_BUFFER, Unpooled.EMPTY_BUFFER);
    Frame frame = rx.decode(wire);
    try {
      assertThatThrownBy(() -> MessageFrame.from(frame))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("header segment is 40 bytes, not 41");
    } finally {
      frame.release();
      wire.release();
      header.release();
    }
    ByteBuf hello = TestBytes.buf(TestBytes.resource("mon-hello-frame.bin"));
    Frame control = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT).decode(hello);
    try {
      assertThatThrownBy(() -> MessageFrame.from(control))
          .hasMessageContaining("HELLO frame is not a MESSAGE");
    } finally {
      control.release();
      hello.release();
    }
  }

  @Test
  void controlTagsCannotBeAssembledAsMessagesNorTheReverse() {
    FrameAssembler tx = new FrameAssembler();
    assertThatThrownBy(() -> tx.assembleControl(ALLOC, Tag.MESSAGE, Unpooled.EMPTY_BUFFER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
