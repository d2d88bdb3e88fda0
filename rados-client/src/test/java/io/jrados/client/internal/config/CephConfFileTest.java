package io.jrados.client.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.client.api.ClientConfigException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CephConfFileTest {
  static final Path FIXTURES = Path.of("src/test/resources/io/jrados/client/config");

  private static CephConfFile parse(String text) {
    return CephConfFile.parse("test.conf", text);
  }

  private static String global(CephConfFile conf, String option) {
    return conf.get("global", option).orElseThrow();
  }

  @Test
  void readsTheSyntaxFixtureAsCephDoes() throws Exception {
    CephConfFile conf = CephConfFile.load(FIXTURES.resolve("syntax.conf"));
    assertThat(global(conf, "mon_host")).isEqualTo("v2:192.168.1.10:3300");
    assertThat(global(conf, "mon addr")).isEqualTo("1.2.3.4");
    assertThat(global(conf, "quoted double")).isEqualTo("keep # this ; that");
    assertThat(global(conf, "quoted_single")).isEqualTo("single \"inner\" quotes");
    assertThat(global(conf, "escaped")).isEqualTo("a#b;c\\d");
    assertThat(global(conf, "continued")).isEqualTo("first     second   third");
    assertThat(global(conf, "empty value")).isEmpty();
    assertThat(global(conf, "Tabbed Name")).isEqualTo("tabbed");
    assertThat(global(conf, "indented_key")).isEqualTo("indented");
    assertThat(global(conf, "late")).isEqualTo("merged into global");
    // A repeated section merges into the first; the last assignment wins.
    assertThat(global(conf, "dupe")).isEqualTo("three");
    assertThat(conf.get("client", "dupe")).contains("client-one");
  }

  @Test
  void namesAreCaseSensitiveAndDashesAreNotUnderscores() throws Exception {
    CephConfFile conf = CephConfFile.load(FIXTURES.resolve("syntax.conf"));
    assertThat(conf.get("global", "camelcase")).isEmpty();
    assertThat(conf.get("global", "CamelCase")).contains("camel");
    assertThat(conf.get("global", "mon_dash")).isEmpty();
    assertThat(conf.get("global", "mon-dash")).contains("dashed");
  }

  @Test
  void searchOrderIsNameThenTypeThenGlobal() throws Exception {
    CephConfFile conf = CephConfFile.load(FIXTURES.resolve("precedence.conf"));
    assertThat(CephConfFile.searchOrder("client.rgw.gateway-1"))
        .containsExactly("client.rgw.gateway-1", "client", "global");
    assertThat(conf.lookup(CephConfFile.searchOrder("client.admin"), "keyring"))
        .contains("/admin/keyring");
    assertThat(conf.lookup(CephConfFile.searchOrder("client.foo"), "keyring"))
        .contains("/client/keyring");
    assertThat(conf.lookup(CephConfFile.searchOrder("osd.1"), "keyring")).contains("/osd/keyring");
    assertThat(conf.lookup(CephConfFile.searchOrder("mds.x"), "keyring"))
        .contains("/global/keyring");
    assertThat(conf.lookup(CephConfFile.searchOrder("client.admin"), "log file"))
        .contains("/client/$type.log");
    assertThat(conf.lookup(CephConfFile.searchOrder("client.admin"), "nothing")).isEmpty();
  }

  @Test
  void crlfLinesAndALoneTopLevelOptionParse() throws Exception {
    assertThat(global(CephConfFile.load(FIXTURES.resolve("crlf.conf")), "keyring"))
        .isEqualTo("/crlf/keyring");
    assertThat(global(CephConfFile.load(FIXTURES.resolve("single-line.conf")), "keyring"))
        .isEqualTo("/only/line/$name");
    assertThat(CephConfFile.load(FIXTURES.resolve("empty.conf")).sectionNames()).isEmpty();
    assertThat(global(CephConfFile.load(FIXTURES.resolve("comment-eof.conf")), "keyring"))
        .isEqualTo("/k");
  }

  @Test
  void sectionNamesKeepEscapedAndSpacedText() throws Exception {
    CephConfFile conf = CephConfFile.load(FIXTURES.resolve("escapes-in-sections.conf"));
    assertThat(conf.sectionNames())
        .containsExactly("client.with]bracket", "client.spaced name", "global");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no-final-newline.conf|line 2: missing newline at the end of the file",
        "indented-header.conf|line 1: a [section] header must start at the beginning",
        "comment-in-quotes.conf|line 2: '#' inside a quoted value",
        "unterminated-quote.conf|line 2: unterminated quote",
        "text-after-quote.conf|line 2: unexpected text after the closing quote",
        "no-equals.conf|line 2: expected 'name = value'",
        "option-before-section.conf|line 2: an option before the first [section] header",
        "unterminated-header.conf|line 1: unterminated section header",
        "empty-section.conf|line 1: empty section name",
        "blank-line-before-section.conf|line 1: a line of only whitespace before the first",
        "empty-key.conf|line 2: option name missing before '='",
        "invalid-utf8.conf|line 2: invalid UTF-8",
        "continuation-at-eof.conf|line 3: missing newline at the end of the file",
      })
  void badFilesFailNamingFileAndLine(String file, String message) {
    Path path = FIXTURES.resolve("bad").resolve(file);
    assertThatThrownBy(() -> CephConfFile.load(path))
        .isInstanceOf(ClientConfigException.class)
        .hasMessageStartingWith(path + " " + message.substring(0, message.indexOf(':')))
        .hasMessageContaining(message.substring(message.indexOf(':')));
  }

  @Test
  void errorsNeverQuoteValues() {
    String secret = "AQBsecretsecretsecretsecretsecret00000==";
    List<String> texts =
        List.of(
            "[global]\nkey = \"" + secret + "\n",
            "[global]\nkey = \"" + secret + "\" x\n",
            "[global]\nkey = " + secret,
            "[global]\nkey = \"" + secret + "#\"\n");
    for (String text : texts) {
      assertThatThrownBy(() -> parse(text))
          .isInstanceOf(ClientConfigException.class)
          .hasMessageStartingWith("test.conf line 2: ")
          .hasMessageNotContaining(secret.substring(3, 20));
    }
    assertThat(parse("[global]\nkey = " + secret + "\n").toString()).doesNotContain("secret");
  }

  @Test
  void aSecondTopLevelOptionOrAHeaderAfterOneIsAnError() {
    assertThatThrownBy(() -> parse("a = 1\nb = 2\n"))
        .hasMessage("test.conf line 2: option 'b' is outside any [section]");
    assertThatThrownBy(() -> parse("a = 1\n[global]\n"))
        .hasMessageStartingWith("test.conf line 2: ");
  }

  @Test
  void continuationInsideAQuoteOrANameIsRefused() {
    assertThatThrownBy(() -> parse("[global]\na = \"x\\\ny\"\n"))
        .hasMessageStartingWith("test.conf line 2: unterminated quote");
    assertThatThrownBy(() -> parse("[global]\nmon \\\nhost = 1\n"))
        .hasMessage("test.conf line 2: line continuation inside an option name");
  }

  @Test
  void continuedCommentLineStaysAComment() {
    assertThat(global(parse("[global]\na = 1 \\\n# not part of it\n"), "a")).isEqualTo("1");
    assertThat(global(parse("[global]\na=1#c\nb=x;y\n"), "b")).isEqualTo("x");
    assertThat(global(parse("[global] # header comment\na = \"q\" ; c\n"), "a")).isEqualTo("q");
  }

  @Test
  void missingFileIsReportedAsSuch() {
    assertThatThrownBy(() -> CephConfFile.load(FIXTURES.resolve("does-not-exist.conf")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
