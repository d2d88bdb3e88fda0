package io.jrados.metering.storage.rados;

/**
 * How the {@code rados} provider names its objects in a pool's namespace.
 *
 * <ul>
 *   <li>A file's head object is named by its full key, provider prefix included, so {@code rados
 *       get PREFIX/KEY} finds it.
 *   <li>The index of a directory level {@code D} ({@code ""} for the top, else ending in {@code /})
 *       is the omap of {@code .jrados/index/D}.
 *   <li>The tail chunks of a file larger than one chunk are {@code
 *       .jrados/stripe/FULLKEY/GENERATION.N}, N counting from 1 (chunk 0 sits in the head).
 * </ul>
 *
 * Everything under {@code .jrados/} belongs to the provider; keys may not name objects there.
 */
final class RadosNames {
  static final String RESERVED = ".jrados/";
  static final String INDEX = RESERVED + "index/";
  static final String STRIPE = RESERVED + "stripe/";

  private RadosNames() {}

  /** Refuses a full object name inside the provider's reserved space. */
  static String checkDataName(String fullName) {
    if (fullName.startsWith(RESERVED)) {
      throw new IllegalArgumentException(
          "rados keys may not start with "
              + RESERVED
              + " (the provider's own objects): "
              + fullName);
    }
    return fullName;
  }

  static boolean isDataName(String objectName) {
    return !objectName.startsWith(RESERVED);
  }

  /** The directory level holding {@code fullName}: up to and including its last {@code /}. */
  static String parentDir(String fullName) {
    return fullName.substring(0, fullName.lastIndexOf('/') + 1);
  }

  static String indexObject(String dir) {
    return INDEX + dir;
  }

  static String stripeObject(String fullName, String generation, int chunk) {
    return STRIPE + fullName + "/" + generation + "." + chunk;
  }

  /** The full key a stripe object belongs to, or null if the name is not a stripe's. */
  static String stripeOwner(String objectName) {
    if (!objectName.startsWith(STRIPE)) {
      return null;
    }
    int slash = objectName.lastIndexOf('/');
    return slash <= STRIPE.length() ? null : objectName.substring(STRIPE.length(), slash);
  }

  /** The generation part of a stripe object's name, or null if the name is not a stripe's. */
  static String stripeGeneration(String objectName) {
    if (stripeOwner(objectName) == null) {
      return null;
    }
    String tail = objectName.substring(objectName.lastIndexOf('/') + 1);
    int dot = tail.lastIndexOf('.');
    return dot <= 0 ? null : tail.substring(0, dot);
  }
}
