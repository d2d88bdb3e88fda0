package io.jrados.client.api;

/** No pool by this name or id exists in the newest OSDMap the client could get (ENOENT). */
public class PoolNotFoundException extends RadosException {
  private static final long serialVersionUID = 1L;

  private final String pool;

  public PoolNotFoundException(String pool, long osdMapEpoch) {
    super("pool " + pool + " does not exist (ENOENT; osdmap epoch " + osdMapEpoch + ")", 2, null);
    this.pool = pool;
  }

  /** The name, or "#id", asked for. */
  public String pool() {
    return pool;
  }
}
