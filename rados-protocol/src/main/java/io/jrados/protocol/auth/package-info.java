/**
 * Authentication data shared by every method: the constants of msgr2's auth negotiation, the {@link
 * io.jrados.protocol.auth.CryptoKey} secret and the keyring file it is stored in, and the
 * method-independent start of a monitor authentication request.
 *
 * <p>The cephx method itself lives in {@link io.jrados.protocol.auth.cephx}. Nothing here touches a
 * socket; every secret-holding type redacts its secret from {@code toString()}.
 */
package io.jrados.protocol.auth;
