package io.jrados.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.ClientConfigException;
import io.jrados.client.api.MonAddress;
import io.jrados.client.api.MonHosts;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonHostParserTest {
  /** A resolver with two names; anything else is unknown, and nothing asks real DNS. */
  private static final MonHostParser.HostResolver FAKE_DNS =
      host -> {
        Map<String, String[]> names =
            Map.of(
                "mon1.example", new String[] {"10.0.0.1"},
                "mons.example", new String[] {"10.0.0.2", "fd00::2"});
        String[] ips = names.get(host);
        if (ips == null) {
          throw new UnknownHostException(host);
        }
        InetAddress[] out = new InetAddress[ips.length];
        for (int i = 0; i < ips.length; i++) {
          out[i] = IpLiterals.parse(ips[i]);
        }
        return out;
      };

  /** The parse result in Ceph's text form, one "[a,b]" per monitor, joined by spaces. */
  private static String parse(String value) {
    return MonHostParser.parse(value, FAKE_DNS).stream()
        .map(m -> m.stream().map(MonAddress::toString).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Prefixed lone addresses: as written, default port per protocol.
        "v2:1.2.3.4:3300|[v2:1.2.3.4:3300]",
        "v1:1.2.3.4:6789|[v1:1.2.3.4:6789]",
        "v2:1.2.3.4|[v2:1.2.3.4:3300]",
        "v1:1.2.3.4|[v1:1.2.3.4:6789]",
        "v2:1.2.3.4:7000|[v2:1.2.3.4:7000]",
        "v1:1.2.3.4:3300/123|[v1:1.2.3.4:3300]",
        // Unprefixed lone addresses: the port decides.
        "1.2.3.4:6789|[v1:1.2.3.4:6789]",
        "1.2.3.4:3300|[v2:1.2.3.4:3300]",
        "1.2.3.4|[v2:1.2.3.4:3300] [v1:1.2.3.4:6789]",
        "1.2.3.4:7000|[v2:1.2.3.4:7000] [v1:1.2.3.4:7000]",
        "any:1.2.3.4:6789|[v1:1.2.3.4:6789]",
        // Vectors are one monitor each, taken as written; unprefixed inside means v2.
        "[v2:1.2.3.4:3300,v1:1.2.3.4:6789]|[v2:1.2.3.4:3300,v1:1.2.3.4:6789]",
        "[1.2.3.4:3301,v1:1.2.3.4:6790]|[v2:1.2.3.4:3301,v1:1.2.3.4:6790]",
        "[v2:1.2.3.4:3300]|[v2:1.2.3.4:3300]",
        // IPv6: brackets carry a port; bare literals cannot.
        "[::1]:3300|[v2:[0:0:0:0:0:0:0:1]:3300]",
        "[::1]|[v2:[0:0:0:0:0:0:0:1]:3300] [v1:[0:0:0:0:0:0:0:1]:6789]",
        "::1|[v2:[0:0:0:0:0:0:0:1]:3300] [v1:[0:0:0:0:0:0:0:1]:6789]",
        "v1:[fe80::2]:6789|[v1:[fe80:0:0:0:0:0:0:2]:6789]",
        "[v2:[::1]:3300,v1:[::1]:6789]|[v2:[0:0:0:0:0:0:0:1]:3300,v1:[0:0:0:0:0:0:0:1]:6789]",
        // Separators: commas, spaces and semicolons, in any mix.
        "1.1.1.1:6789,2.2.2.2:6789|[v1:1.1.1.1:6789] [v1:2.2.2.2:6789]",
        "1.1.1.1:6789 2.2.2.2:6789;3.3.3.3:6789|[v1:1.1.1.1:6789] [v1:2.2.2.2:6789] [v1:3.3.3.3:6789]",
        "'v2:1.1.1.1:3300, ;v2:2.2.2.2:3300 '|[v2:1.1.1.1:3300] [v2:2.2.2.2:3300]",
        "[v2:1.1.1.1:3300,v1:1.1.1.1:6789],[v2:2.2.2.2:3300,v1:2.2.2.2:6789]"
            + "|[v2:1.1.1.1:3300,v1:1.1.1.1:6789] [v2:2.2.2.2:3300,v1:2.2.2.2:6789]",
        // A repeated lone address is dropped, as MonMap's contains() check does.
        "1.2.3.4:6789,v1:1.2.3.4:6789|[v1:1.2.3.4:6789]",
        "[v2:1.2.3.4:3300,v1:1.2.3.4:6789] 1.2.3.4|[v2:1.2.3.4:3300,v1:1.2.3.4:6789]",
        // Host names resolve to every address they have.
        "mon1.example:6789|[v1:10.0.0.1:6789]",
        "v2:mon1.example|[v2:10.0.0.1:3300]",
        "mons.example:3300|[v2:10.0.0.2:3300] [v2:[fd00:0:0:0:0:0:0:2]:3300]",
      })
  void parsesEveryMonHostForm(String value, String expected) {
    assertThat(parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nosuch.example:6789|cannot resolve host name 'nosuch.example'",
        "1.2.3.4:70000|bad port '70000'",
        "1.2.3.4:abc|bad port 'abc'",
        "[v2:1.2.3.4:3300,v1:1.2.3.4:6789|unterminated '[' address vector",
        "[v2:1.2.3.4,v1:1.2.3.4:6789]|address 'v2:1.2.3.4' in a [...] vector needs a port",
        "1.2.3|'1.2.3' is neither an IP address nor a host name",
        "' , ; '|no monitor addresses",
        "v2:|empty address in 'v2:'",
        "1.2.3.4/x|bad nonce",
        "[::1]x|unexpected text after ']'",
      })
  void badValuesFailNamingTheValueAndTheProblem(String value, String problem) {
    assertThatThrownBy(() -> MonHostParser.parse(value, FAKE_DNS))
        .isInstanceOf(ClientConfigException.class)
        .hasMessageStartingWith("mon host '" + value + "': ")
        .hasMessageContaining(problem);
  }

  @Test
  void publicParseUsesTheJdkResolverAndPrintsCephText() {
    MonHosts hosts = MonHosts.parse("[v2:127.0.0.1:3300,v1:127.0.0.1:6789] localhost:7000");
    assertThat(hosts.mons()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(hosts.toString()).startsWith("[v2:127.0.0.1:3300,v1:127.0.0.1:6789] [v2:");
    assertThat(MonHosts.of(hosts.mons())).isEqualTo(hosts);
    assertThatThrownBy(() -> MonHosts.of(List.of(List.of())))
        .isInstanceOf(ClientConfigException.class);
  }
}
