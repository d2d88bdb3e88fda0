package io.jrados.client.internal.command;

import java.math.BigInteger;

/** {@code CephPgid}: {@code pool.seed}, a decimal pool id and a hexadecimal placement seed. */
record PgidArg() implements ArgType {
  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    int dot = word.indexOf('.');
    if (dot < 0) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, "pgid has no .");
    }
    String pool = word.substring(0, dot);
    String seed = word.substring(dot + 1);
    BigInteger poolId = PythonLiterals.parseInt(pool, 10);
    if (poolId == null) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, "pool " + pool + " not integer");
    }
    if (poolId.signum() < 0) {
      throw new ArgumentException(ArgumentException.Kind.FORMAT, "pool " + poolId + " < 0");
    }
    if (PythonLiterals.parseInt(seed, 16) == null) {
      throw new ArgumentException(
          ArgumentException.Kind.FORMAT, "pgnum " + seed + " not hex integer");
    }
    return word;
  }

  @Override
  public String describe() {
    return "<pgid>";
  }
}
