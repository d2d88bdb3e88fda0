package io.jrados.client.internal.auth;

import io.jrados.client.api.AuthenticationException;
import io.jrados.client.api.ClientOptions;
import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.auth.CryptoKey;
import io.jrados.protocol.auth.Keyring;
import io.jrados.protocol.encoding.EntityName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Who we are and the secret that proves it, found the way librados finds them: an explicit key,
 * else a key file, else the first keyring on the search path that holds our entity. Errors name the
 * entity and the places looked in, never the key.
 */
public record Credentials(EntityName name, CryptoKey secret) {

  @Override
  public String toString() {
    return "Credentials[" + name + ", (key redacted)]";
  }

  public static Credentials resolve(ClientOptions options) {
    EntityName name = EntityName.parse(options.entityName());
    if (options.key().isPresent()) {
      return new Credentials(name, parseKey(options.key().get(), "the key option"));
    }
    if (options.keyFile().isPresent()) {
      Path file = options.keyFile().get();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return new Credentials(name, parseKey(text, "key file " + file));
      } catch (IOException e) {
        throw new AuthenticationException("cannot read key file " + file + ": " + e, 2);
      }
    }
    List<String> looked = new ArrayList<>();
    for (Path p : options.keyringPaths()) {
      try {
        Keyring keyring = Keyring.load(p);
        var key = keyring.get(name);
        if (key.isPresent()) {
          return new Credentials(name, key.get());
        }
        looked.add(p + " (no " + name + ")");
      } catch (NoSuchFileException e) {
        looked.add(p + " (missing)");
      } catch (IOException e) {
        looked.add(p + " (" + e.getMessage() + ")");
      } catch (ProtocolException e) {
        throw new AuthenticationException("bad keyring " + p + ": " + e.getMessage(), 22);
      }
    }
    throw new AuthenticationException(
        "no key for " + name + ": give --key/--keyfile or a keyring; looked in " + looked,
        13); // EACCES, the status the ceph tool exits with when it has no key
  }

  private static CryptoKey parseKey(String base64, String where) {
    try {
      return CryptoKey.fromBase64(base64);
    } catch (RuntimeException e) {
      throw new AuthenticationException(
          "cannot parse the secret from " + where + " (" + e.getClass().getSimpleName() + ")", 22);
    }
  }
}
