package io.jrados.protocol.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class IpAddressTextTest {

  @Test
  void formatsIpv6AsInetNtopDoes() {
    String[][] cases = {
      {"::", "::"},
      {"::1", "::1"},
      {"0:0:0:0:0:0:0:1", "::1"},
      {"1::", "1::"},
      {"fe80::1", "fe80::1"},
      {"2001:DB8::A", "2001:db8::a"},
      {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},
      {"1:0:0:2:0:0:0:3", "1:0:0:2::3"},
      {"1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7"},
      {"0001:0db8:0000:0000:0000:0000:0000:00ff", "1:db8::ff"},
      {"::ffff:1.2.3.4", "::ffff:1.2.3.4"},
      {"::ffff:0102:0304", "::ffff:1.2.3.4"},
      {"::1.2.3.4", "::1.2.3.4"},
      {"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"},
      {"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"},
    };
    for (String[] c : cases) {
      InetAddress ip = IpAddressText.parseIpv6(c[0]);
      assertThat(ip).as(c[0]).isInstanceOf(Inet6Address.class);
      assertThat(IpAddressText.format(ip)).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void rejectsMalformedIpv6() {
    for (String text :
        new String[] {
          "",
          ":::",
          "1::2::3",
          "1:2:3:4:5:6:7:8:9",
          "1:2:3:4:5:6:7",
          "1:2:3:4:5:6:7:8::",
          "12345::",
          "g::",
          ":1",
          "1:",
          "1.2.3.4::",
          "::1.2.3",
          "::1.2.3.4:5",
          "::%1"
        }) {
      assertThat(IpAddressText.parseIpv6(text)).as(text).isNull();
    }
  }

  @Test
  void parsesStrictDottedQuads() {
    assertThat(IpAddressText.parseIpv4("10.0.0.1")).isInstanceOf(Inet4Address.class);
    assertThat(IpAddressText.format(IpAddressText.parseIpv4("255.255.255.255")))
        .isEqualTo("255.255.255.255");
    assertThat(IpAddressText.format(IpAddressText.parseIpv4("0.0.0.0"))).isEqualTo("0.0.0.0");
    for (String text :
        new String[] {
          "",
          "1.2.3",
          "1.2.3.4.5",
          "256.1.1.1",
          "01.1.1.1",
          "1..2.3",
          "a.b.c.d",
          "1.2.3.-4",
          "\u0661.2.3.4",
          "127.1"
        }) {
      assertThat(IpAddressText.parseIpv4(text)).as(text).isNull();
    }
  }
}
