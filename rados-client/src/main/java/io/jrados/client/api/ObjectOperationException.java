package io.jrados.client.api;

/**
 * An operation on one object failed: the OSD returned a negative errno, or the client refused the
 * operation before sending it. Carries the errno, the pool, the namespace and the object, and the
 * message names all of them. Subclasses name the failures callers commonly handle on their own.
 */
public class ObjectOperationException extends RadosException {
  private static final long serialVersionUID = 1L;

  private final String pool;
  private final String namespace;
  private final String objectName;

  public ObjectOperationException(
      String message, int errno, String pool, String namespace, String objectName) {
    super(message, errno, null);
    this.pool = pool;
    this.namespace = namespace;
    this.objectName = objectName;
  }

  /** The pool's name (or "#id" when the map no longer names it). */
  public String pool() {
    return pool;
  }

  /** The object's namespace; empty for the default namespace. */
  public String namespace() {
    return namespace;
  }

  /** The object's name. */
  public String objectName() {
    return objectName;
  }
}
