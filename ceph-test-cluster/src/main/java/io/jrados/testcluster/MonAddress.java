package io.jrados.testcluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where one monitor listens: its msgr2 port, and its legacy v1 port when the cluster binds msgr1.
 *
 * @param name the mon's name ("a")
 * @param host the address it binds (always loopback here)
 * @param v2Port the msgr2 port
 * @param v1Port the msgr1 port, or 0 when msgr1 is off
 */
public record MonAddress(String name, String host, int v2Port, int v1Port) {

  public MonAddress {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    if (v2Port <= 0 || v2Port > 65535 || v1Port < 0 || v1Port > 65535) {
      throw new IllegalArgumentException("bad ports " + v2Port + "/" + v1Port);
    }
  }

  /** "v2:127.0.0.1:PORT". */
  public String v2() {
    return "v2:" + host + ":" + v2Port;
  }

  /** "v1:127.0.0.1:PORT", or null when msgr1 is off. */
  public String v1() {
    return v1Port == 0 ? null : "v1:" + host + ":" + v1Port;
  }

  /** Each address this mon has, v2 first, in the "v2:IP:PORT" form. */
  public List<String> addresses() {
    List<String> all = new ArrayList<>(2);
    all.add(v2());
    if (v1Port != 0) {
      all.add(v1());
    }
    return all;
  }

  /** The address vector as {@code mon host} and monmaptool write it: "[v2:...,v1:...]". */
  public String addrvec() {
    return "[" + String.join(",", addresses()) + "]";
  }
}
