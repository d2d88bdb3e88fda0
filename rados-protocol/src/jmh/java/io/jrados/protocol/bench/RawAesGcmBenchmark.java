package io.jrados.protocol.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The oracle for secure mode: the JDK's AES-128-GCM alone, one operation over a message's payload
 * (front + data), with nothing of msgr2 around it and no allocation. Buffer kinds match the codec's
 * (heap to heap when sealing; direct wire bytes to heap when opening), so that a ratio against it
 * shows what framing costs, not what the buffer kinds cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RawAesGcmBenchmark {
  private static final int TAG_BITS = 128;

  @Param({"4096", "65536", "4194304"})
  int dataSize;

  private SecretKeySpec key;
  private Cipher cipher;
  private ByteBuffer plain;
  private ByteBuffer sealed;
  private ByteBuffer wire;
  private ByteBuffer opened;
  private final byte[] sealNonce = new byte[12];
  private final byte[] openNonce = new byte[12];
  private long counter;

  @Setup
  public void setUp() throws GeneralSecurityException {
    JitWarmUp.aesGcm();
    int length = (int) BenchMessages.payloadBytes(dataSize);
    byte[] bytes = new byte[length];
    new SplittableRandom(1).nextBytes(bytes);
    key = new SecretKeySpec(BenchMessages.connectionSecret(), 0, 16, "AES");
    cipher = Cipher.getInstance("AES/GCM/NoPadding");
    plain = ByteBuffer.wrap(bytes);
    sealed = ByteBuffer.allocate(length + TAG_BITS / 8);
    opened = ByteBuffer.allocate(length);
    wire = ByteBuffer.allocateDirect(length + TAG_BITS / 8);
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, openNonce));
    cipher.doFinal(plain.duplicate(), wire);
    wire.flip();
  }

  /** Encrypts the payload; a fresh nonce each time, as GCM (and the JDK) require. */
  @Benchmark
  public int seal() throws GeneralSecurityException {
    counter++;
    for (int i = 0; i < 8; i++) {
      sealNonce[4 + i] = (byte) (counter >>> (8 * i));
    }
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealNonce));
    return cipher.doFinal(plain.duplicate(), sealed.clear());
  }

  /** Decrypts and authenticates the payload sealed in setup. */
  @Benchmark
  public int open() throws GeneralSecurityException {
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, openNonce));
    return cipher.doFinal(wire.duplicate(), opened.clear());
  }
}
