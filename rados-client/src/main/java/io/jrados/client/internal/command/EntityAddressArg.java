package io.jrados.client.internal.command;

import java.math.BigInteger;

/**
 * {@code CephEntityAddr}: an {@link IpAddressArg} address with an optional {@code /nonce}. The JSON
 * value is the whole word as typed.
 */
record EntityAddressArg() implements ArgType {
  private static final IpAddressArg ADDRESS = new IpAddressArg();

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    String ip = word;
    String nonce = null;
    int slash = word.indexOf('/');
    if (slash >= 0) {
      if (word.indexOf('/', slash + 1) >= 0) {
        throw new ArgumentException(
            ArgumentException.Kind.VALID, "too many values to unpack (expected 2)");
      }
      ip = word.substring(0, slash);
      nonce = word.substring(slash + 1);
      // "[::1]:6800/7]" style: the bracket belongs to the address, not to the nonce.
      if (nonce.endsWith("]")) {
        nonce = nonce.substring(0, nonce.length() - 1);
        ip += "]";
      }
    }
    ADDRESS.check(ip, false);
    if (nonce != null && !nonce.isEmpty()) {
      BigInteger value = PythonLiterals.parseInt(nonce, 10);
      if (value == null || value.signum() < 0) {
        throw new ArgumentException(
            ArgumentException.Kind.VALID,
            word + ": invalid entity, nonce " + nonce + " not integer > 0");
      }
    }
    return word;
  }

  @Override
  public String describe() {
    return "<EntityAddr>";
  }
}
