package io.jrados.client.internal.config;

import io.jrados.client.api.ClientConfigException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code ceph.conf} text the way Ceph 16's ini grammar does (facts from {@code
 * src/common/ConfUtils.cc}, each checked against {@code ceph-conf}):
 *
 * <ul>
 *   <li>A {@code [section]} header starts in column 1; a file may not put options before the first
 *       header, except a file that is one single {@code key = value} line, which Ceph files under
 *       {@code [global]}.
 *   <li>{@code #} and {@code ;} start a comment anywhere, even inside quotes, where Ceph rejects
 *       them; a backslash escapes any character ({@code \#} is a literal {@code #}).
 *   <li>A backslash at the end of a line continues an unquoted value on the next line; both lines'
 *       spacing is kept, then the whole value is trimmed.
 *   <li>A value may be wholly quoted with {@code "} or {@code '}; nothing but a comment may follow
 *       the closing quote, and the quoted text is trimmed too.
 *   <li>Every option line and header must end with a newline, even the last one.
 * </ul>
 *
 * Errors name the file and line and never quote a value, since values may be keys.
 */
final class ConfFileParser {
  private final String source;
  private final String text;
  private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
  private Map<String, String> current;
  private boolean loneTopLevelOption;
  private int pos;
  private int line = 1;

  ConfFileParser(String source, String text) {
    this.source = source;
    this.text = text;
  }

  CephConfFile parse() {
    while (pos < text.length()) {
      parseLine();
    }
    return new CephConfFile(source, sections);
  }

  private void parseLine() {
    if (atEol()) {
      consumeEol();
      return;
    }
    if (peek() == '[') {
      parseHeader();
      return;
    }
    skipBlanks();
    if (atEnd()) {
      throw error("whitespace at the end of the file must be followed by a newline");
    }
    if (atEol()) {
      // Ceph's grammar lets only truly empty lines come before the first header.
      if (current == null) {
        throw error("a line of only whitespace before the first [section] header");
      }
      consumeEol();
      return;
    }
    if (isCommentStart(peek())) {
      skipToEol();
      if (!atEnd()) {
        consumeEol();
      }
      return;
    }
    if (peek() == '[') {
      throw error("a [section] header must start at the beginning of its line");
    }
    parseOption();
  }

  private void parseHeader() {
    if (loneTopLevelOption) {
      throw error(
          "an option before the first [section] header is allowed only in a file of one option");
    }
    pos++;
    StringBuilder name = new StringBuilder();
    while (true) {
      if (atEnd() || atEol()) {
        throw error("unterminated section header: expected ']'");
      }
      char c = peek();
      if (c == ']') {
        pos++;
        break;
      }
      if (isCommentStart(c)) {
        throw error("'" + c + "' in a section name; escape it with a backslash");
      }
      name.append(readTextChar());
    }
    if (name.isEmpty()) {
      throw error("empty section name");
    }
    expectEndOfLine("after the section header");
    current = sections.computeIfAbsent(name.toString(), k -> new LinkedHashMap<>());
  }

  private void parseOption() {
    int optionLine = line;
    boolean firstThingInFile = line == 1;
    String key = readKey();
    pos++; // the '='
    skipBlanks();
    String value;
    if (!atEnd() && (peek() == '"' || peek() == '\'')) {
      value = readQuotedValue();
    } else {
      value = readUnquotedValue();
    }
    if (current == null || loneTopLevelOption) {
      if (!firstThingInFile || loneTopLevelOption) {
        throw new ClientConfigException(
            source + " line " + optionLine + ": option '" + key + "' is outside any [section]");
      }
      loneTopLevelOption = true;
      current = sections.computeIfAbsent("global", k -> new LinkedHashMap<>());
    }
    current.put(key, trim(value));
  }

  /** The option name up to '=', normalised; leaves pos on the '='. */
  private String readKey() {
    int start = pos;
    while (true) {
      if (atEnd() || atEol() || isCommentStart(peek())) {
        throw error("expected 'name = value'");
      }
      char c = peek();
      if (c == '=') {
        break;
      }
      if (c == '[') {
        throw error("'[' in an option name");
      }
      if (c == '\\') {
        if (pos + 1 >= text.length() || isEolChar(text.charAt(pos + 1))) {
          // Ceph accepts this but files the option under a name nobody can look up.
          throw error("line continuation inside an option name");
        }
        pos += 2;
        continue;
      }
      pos++;
    }
    String key = OptionNames.normalizeConfKey(text.substring(start, pos));
    if (key.isEmpty()) {
      throw error("option name missing before '='");
    }
    return key;
  }

  private String readQuotedValue() {
    char quote = peek();
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (atEnd() || atEol()) {
        throw error("unterminated quote: expected " + quote);
      }
      char c = peek();
      if (c == quote) {
        pos++;
        break;
      }
      if (isCommentStart(c)) {
        throw error("'" + c + "' inside a quoted value; Ceph requires it escaped as \\" + c);
      }
      value.append(readTextChar());
    }
    expectEndOfLine("after the closing quote");
    return value.toString();
  }

  private String readUnquotedValue() {
    StringBuilder value = new StringBuilder();
    while (!atEnd() && !atEol()) {
      char c = peek();
      if (isCommentStart(c)) {
        skipToEol();
        break;
      }
      if (c == '\\' && pos + 1 < text.length() && isEolChar(text.charAt(pos + 1))) {
        pos++;
        consumeEol();
        continue;
      }
      value.append(readTextChar());
    }
    if (atEnd()) {
      throw error("missing newline at the end of the file");
    }
    consumeEol();
    return value.toString();
  }

  /** One character of text: a backslash escapes the next one unless that ends the line. */
  private char readTextChar() {
    char c = text.charAt(pos++);
    if (c == '\\' && pos < text.length() && !isEolChar(text.charAt(pos))) {
      return text.charAt(pos++);
    }
    return c;
  }

  private void expectEndOfLine(String where) {
    skipBlanks();
    if (!atEnd() && isCommentStart(peek())) {
      skipToEol();
    }
    if (atEnd()) {
      throw error("missing newline at the end of the file");
    }
    if (!atEol()) {
      throw error("unexpected text " + where);
    }
    consumeEol();
  }

  private static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && OptionNames.isCephSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && OptionNames.isCephSpace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private boolean atEol() {
    return !atEnd() && isEolChar(peek());
  }

  private static boolean isEolChar(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isCommentStart(char c) {
    return c == '#' || c == ';';
  }

  private void skipBlanks() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
  }

  private void skipToEol() {
    while (!atEnd() && !atEol()) {
      pos++;
    }
  }

  /** Consumes one line end: CR LF, LF or a lone CR, as Ceph's grammar accepts all three. */
  private void consumeEol() {
    if (peek() == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    line++;
  }

  private ClientConfigException error(String what) {
    return new ClientConfigException(source + " line " + line + ": " + what);
  }
}
