package io.jrados.protocol.msgr2;

import static io.jrados.protocol.msgr2.TestBytes.ALLOC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * Secure mode checked from outside: frames our assembler produced are opened with BouncyCastle's
 * independent AES-GCM, using the key and nonces a connection secret yields by Ceph's rules. That
 * pins the key split, the nonce format, which nonce each GCM operation uses, and what each
 * operation covers.
 */
class SecureModeTest {
  private static final byte[] SECRET = TestBytes.connectionSecret();
  private static final byte[] KEY = Arrays.copyOf(SECRET, 16);

  /** The nonce of the {@code k}-th operation of a direction whose first nonce is at {@code at}. */
  private static byte[] nonce(int at, int k) {
    byte[] nonce = Arrays.copyOfRange(SECRET, at, at + 12);
    long counter = ByteBuffer.wrap(nonce, 4, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    ByteBuffer.wrap(nonce, 4, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(counter + k);
    return nonce;
  }

  private static final int CLIENT_TX = 28;
  private static final int CLIENT_RX = 16;

  static byte[] bcOpen(byte[] key, byte[] nonce, byte[] ciphertext)
      throws InvalidCipherTextException {
    GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(false, new AEADParameters(new KeyParameter(key), 128, nonce));
    byte[] out = new byte[gcm.getOutputSize(ciphertext.length)];
    int n = gcm.processBytes(ciphertext, 0, ciphertext.length, out, 0);
    gcm.doFinal(out, n);
    return out;
  }

  static byte[] bcSeal(byte[] key, byte[] nonce, byte[] plaintext)
      throws InvalidCipherTextException {
    GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(true, new AEADParameters(new KeyParameter(key), 128, nonce));
    byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
    int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
    gcm.doFinal(out, n);
    return out;
  }

  private static byte[] slice(byte[] bytes, int from, int length) {
    return Arrays.copyOfRange(bytes, from, from + length);
  }

  @Test
  void everyGcmOperationTakesTheNextNonceFromTheClientTxSlot() throws Exception {
    FrameCipher.Pair client = FrameCipher.forClient(SECRET);
    FrameAssembler tx = new FrameAssembler();
    tx.enableSecureMode(client.tx());
    long first = client.tx().nextCounter();

    // Frame 1: a small control frame, one operation (nonce +0).
    byte[] ack = TestBytes.drain(tx.assemble(ALLOC, new AckFrame(7)));
    assertThat(ack).hasSize(96);
    byte[] plain = bcOpen(KEY, nonce(CLIENT_TX, 0), ack);
    assertThat(plain).hasSize(80);
    assertThat(plain[0]).isEqualTo((byte) Tag.ACK.code());
    assertThat(slice(plain, 32, 8)).isEqualTo(TestBytes.hex("0700000000000000"));
    assertThat(slice(plain, 40, 40)).isEqualTo(new byte[40]);

    // Frame 2: a 100-byte control payload, two operations (+1, +2).
    byte[] payload = TestBytes.pattern(96, 3);
    byte[] big = TestBytes.drain(tx.assemble(ALLOC, new AuthRequestMoreFrame(payload)));
    assertThat(big).hasSize(96 + (112 - 48) + 16);
    byte[] head = bcOpen(KEY, nonce(CLIENT_TX, 1), slice(big, 0, 96));
    byte[] rest = bcOpen(KEY, nonce(CLIENT_TX, 2), slice(big, 96, 80));
    assertThat(slice(head, 32, 4)).isEqualTo(TestBytes.hex("60000000")); // bufferlist length 96
    assertThat(slice(head, 36, 44)).isEqualTo(slice(payload, 0, 44));
    assertThat(slice(rest, 0, 52)).isEqualTo(slice(payload, 44, 52));
    assertThat(slice(rest, 52, 12)).isEqualTo(new byte[12]);

    // Frame 3: a message with a front, two operations (+3, +4); it uses counter + 3.
    byte[] front = TestBytes.pattern(10, 9);
    MessageHeader2 header = new MessageHeader2(1, 2, 42, 127, 8, 0, 0, 0, 0, 3, 0);
    MessageFrame message =
        new MessageFrame(
            header, Unpooled.wrappedBuffer(front), Unpooled.EMPTY_BUFFER, Unpooled.EMPTY_BUFFER);
    byte[] msg;
    try {
      msg = TestBytes.drain(message.assemble(tx, ALLOC));
    } finally {
      message.release();
    }
    assertThat(msg).hasSize(96 + 16 + 16 + 16);
    assertThat(bcOpen(KEY, nonce(CLIENT_TX, 3), slice(msg, 0, 96))[0])
        .isEqualTo((byte) Tag.MESSAGE.code());
    byte[] tail = bcOpen(KEY, nonce(CLIENT_TX, 4), slice(msg, 96, 48));
    assertThat(slice(tail, 0, 10)).isEqualTo(front);
    assertThat(slice(tail, 10, 6)).isEqualTo(new byte[6]);
    assertThat(tail[16]).isEqualTo((byte) 0x0E); // epilogue late_status COMPLETE
    assertThat(slice(tail, 17, 15)).isEqualTo(new byte[15]);
    // Any other nonce fails: the count of operations per frame is exact.
    assertThatThrownBy(() -> bcOpen(KEY, nonce(CLIENT_TX, 2), slice(msg, 0, 96)))
        .isInstanceOf(InvalidCipherTextException.class);
    assertThatThrownBy(() -> bcOpen(KEY, nonce(CLIENT_TX, 4), slice(msg, 0, 96)))
        .isInstanceOf(InvalidCipherTextException.class);

    assertThat(client.tx().nextCounter()).isEqualTo(first + 5);
  }

  @Test
  void theServerSendsWithTheClientRxNonceAndReceivesWithTheClientTxNonce() throws Exception {
    FrameCipher.Pair server = FrameCipher.forServer(SECRET);
    FrameAssembler tx = new FrameAssembler();
    tx.enableSecureMode(server.tx());
    byte[] wire = TestBytes.drain(tx.assemble(ALLOC, new AckFrame(1)));
    assertThat(bcOpen(KEY, nonce(CLIENT_RX, 0), wire)[0]).isEqualTo((byte) Tag.ACK.code());
    assertThatThrownBy(() -> bcOpen(KEY, nonce(CLIENT_TX, 0), wire))
        .isInstanceOf(InvalidCipherTextException.class);

    // And the server's rx opens what BouncyCastle seals with the client tx nonce.
    byte[] plain = new byte[80];
    ByteBuf preamble = Unpooled.buffer();
    Preamble.of(Tag.ACK, new int[] {8}, new int[] {8}).encode(preamble);
    preamble.readBytes(plain, 0, 32);
    preamble.release();
    plain[32] = 42;
    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    rx.enableSecureMode(server.rx());
    ByteBuf in = Unpooled.wrappedBuffer(bcSeal(KEY, nonce(CLIENT_TX, 0), plain));
    Frame frame = rx.decode(in);
    try {
      assertThat(ControlFrame.decode(frame)).isEqualTo(new AckFrame(42));
    } finally {
      frame.release();
      in.release();
    }
  }

  @Test
  void jdkAndBouncyCastleAgree() throws Exception {
    Random random = new Random(7);
    for (int length : new int[] {0, 1, 15, 16, 80, 4095, 70000}) {
      byte[] key = TestBytes.random(random, 16);
      byte[] nonceBytes = TestBytes.random(random, 12);
      byte[] plaintext = TestBytes.random(random, length);
      FrameCipher cipher = new FrameCipher(key, GcmNonce.fromBytes(nonceBytes, 0));
      // Sealed in place at an offset, as the assembler does inside a frame.
      byte[] buf = new byte[3 + length + 16];
      System.arraycopy(plaintext, 0, buf, 3, length);
      cipher.sealInPlace(buf, 3, length);
      assertThat(java.util.Arrays.copyOfRange(buf, 3, buf.length))
          .isEqualTo(bcSeal(key, nonceBytes, plaintext));
      // The buffer path (large frames) must give the same bytes.
      FrameCipher again = new FrameCipher(key, GcmNonce.fromBytes(nonceBytes, 0));
      ByteBuffer out = ByteBuffer.allocate(length + 16);
      again.seal(
          out,
          ByteBuffer.wrap(plaintext, 0, length / 2),
          ByteBuffer.wrap(plaintext, length / 2, length - length / 2));
      assertThat(out.array()).isEqualTo(bcSeal(key, nonceBytes, plaintext));
    }
  }

  @Test
  void noncesRunOutRatherThanRepeat() {
    // A direction that started at counter 0 and has used every counter up to 2^64 - 2.
    FrameCipher almostSpent = new FrameCipher(KEY, GcmNonce.resumed(0x11223344, 0, -1));
    FrameAssembler tx = new FrameAssembler();
    tx.enableSecureMode(almostSpent);
    TestBytes.drain(tx.assemble(ALLOC, new AckFrame(1))); // counter 2^64 - 1: the last one
    assertThatThrownBy(() -> tx.assemble(ALLOC, new AckFrame(2)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("out of GCM nonces");

    // Wrapping past 2^64 - 1 is fine while it has not come back to the first counter.
    GcmNonce wrapping = GcmNonce.resumed(1, 5, -1);
    assertThat(Arrays.copyOfRange(wrapping.next(), 4, 12))
        .isEqualTo(TestBytes.hex("ffffffffffffffff"));
    assertThat(Arrays.copyOfRange(wrapping.next(), 0, 12))
        .isEqualTo(TestBytes.hex("01000000 0000000000000000"));
  }

  @Test
  void nonceLayoutIsLe32FixedThenLe64Counter() {
    GcmNonce nonce = GcmNonce.fromBytes(TestBytes.hex("01020304 fe00000000000000"), 0);
    assertThat(nonce.next()).isEqualTo(TestBytes.hex("01020304 fe00000000000000"));
    assertThat(nonce.next()).isEqualTo(TestBytes.hex("01020304 ff00000000000000"));
    assertThat(nonce.next()).isEqualTo(TestBytes.hex("01020304 0001000000000000"));
    assertThat(nonce.counter()).isEqualTo(0x101);
  }

  @Test
  void secretsTooShortAreRefusedAndNeverPrinted() {
    assertThatThrownBy(() -> FrameCipher.forClient(new byte[39]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 40 bytes");
    FrameCipher.Pair pair = FrameCipher.forClient(SECRET);
    assertThat(pair.toString()).doesNotContain("0102").contains("AES-128-GCM");
  }

  @Test
  void secureModeStartsOnceAndOnlyBetweenFrames() {
    FrameCipher.Pair client = FrameCipher.forClient(SECRET);
    FrameAssembler tx = new FrameAssembler();
    tx.enableSecureMode(client.tx());
    assertThatThrownBy(() -> tx.enableSecureMode(client.tx()))
        .isInstanceOf(IllegalStateException.class);

    FrameDisassembler rx = new FrameDisassembler(ALLOC, FrameLimits.DEFAULT);
    ByteBuf wire = TestBytes.buf(TestBytes.resource("mon-auth-bad-method-frame.bin"));
    try {
      assertThat(rx.consume(wire)).isNull(); // preamble read, segment 0 pending
      assertThatThrownBy(() -> rx.enableSecureMode(client.rx()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("between frames");
      Frame frame = rx.consume(wire);
      frame.release();
      rx.enableSecureMode(client.rx());
      assertThat(rx.isSecure()).isTrue();
      assertThat(rx.bytesNeeded()).isEqualTo(96);
    } finally {
      wire.release();
      rx.close();
    }
  }
}
