package io.nqx.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes the Markdown and HTML debris that converted documents carry ({@code **}, {@code ***}, {@code #}
 * heading marks, {@code \-} escapes, links, {@code <sup>2</sup>}, entities) from one line, keeping what they
 * meant as hints: the heading level on the line and bold on each character.
 *
 * <p>Written by hand rather than with a Markdown parser because the input is not Markdown an author wrote but
 * debris of a Word conversion: a parser would turn "1. Mục tiêu" into list numbering, "-----" into a rule,
 * four-space indents into code, and it would not map every output character back to its source.
 */
final class MarkupCleanup {
  private MarkupCleanup() {}

  /** Inline HTML tags that survive in converted text; anything else between angle brackets is text. */
  private static final Set<String> HTML_TAGS = Set.of(
      "a", "b", "big", "blockquote", "br", "center", "code", "del", "div", "em", "font", "h1", "h2", "h3",
      "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "s", "small", "span",
      "strike", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t]+|$)");
  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
  private static final Pattern THEMATIC_BREAK = Pattern.compile("[ \\t]*(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|={3,})[ \\t]*");
  private static final Pattern TABLE_RULE = Pattern.compile("[ \\t]*\\|?(?:[ \\t]*:?-{3,}:?[ \\t]*\\|)+(?:[ \\t]*:?-{3,}:?[ \\t]*)?[ \\t]*");
  private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]\\[]*)\\]\\(([^()\\s]*)(?:\\s+\"[^\"]*\")?\\)");
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
  private static final String MARKDOWN_ESCAPABLE = "\\`*_{}[]()#+-.!|<>~\"'";

  /**
   * Applies the HTML pass, then the Markdown pass.
   *
   * @param boldOpen whether a {@code **} opened on an earlier line of the same paragraph is still open (Word
   *     conversions write one bold run over several lines); the result's {@link MappedLine#boldOpen} says
   *     the same for the next line
   */
  static MappedLine apply(MappedLine in, boolean boldOpen) {
    return markdown(html(in), boldOpen);
  }

  /** Inline HTML: {@code <sup>2</sup>} becomes ², {@code <br>} a space, bold tags mark bold, entities decode. */
  static MappedLine html(MappedLine in) {
    if (indexOf(in, '<') < 0 && indexOf(in, '&') < 0) {
      return in;
    }
    MappedLine out = in.derived(in.length());
    Matcher tag = TAG.matcher(in);
    Matcher entity = ENTITY.matcher(in);
    int sup = 0;
    int sub = 0;
    int bold = 0;
    int i = 0;
    while (i < in.length()) {
      char c = in.charAt(i);
      if (c == '<' && tag.region(i, in.length()).lookingAt()
          && HTML_TAGS.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        int delta = tag.group(1).isEmpty() ? 1 : -1;
        switch (name) {
          case "sup":
            sup = Math.max(0, sup + delta);
            break;
          case "sub":
            sub = Math.max(0, sub + delta);
            break;
          case "b":
          case "strong":
            bold = Math.max(0, bold + delta);
            break;
          case "br":
            out.append(' ', in.sourceAt(i), false);
            break;
          default:
            break;
        }
        i = tag.end();
        continue;
      }
      if (c == '&' && entity.region(i, in.length()).lookingAt()) {
        String decoded = Parser.unescapeEntities(entity.group(), false);
        if (!decoded.equals(entity.group())) {
          for (int k = 0; k < decoded.length(); k++) {
            out.append(decoded.charAt(k), in.sourceAt(i), in.boldAt(i) || bold > 0);
          }
          i = entity.end();
          continue;
        }
      }
      if (sup > 0 || sub > 0) {
        c = scriptDigit(c, sup > 0);
      }
      out.append(c, in.sourceAt(i), in.boldAt(i) || bold > 0);
      i++;
    }
    return out;
  }

  /** The first char that is neither a space nor a tab, or a space when there is none. */
  private static char firstNonBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t') {
        return c;
      }
    }
    return ' ';
  }

  /** The first char that is not whitespace (as String.stripLeading sees it), or a space when there is none. */
  private static char firstNonWhitespace(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c;
      }
    }
    return ' ';
  }

  /** Markdown: heading marks to a level, rules and table rules to nothing, escapes, links, emphasis. */
  static MappedLine markdown(MappedLine in, boolean boldOpen) {
    char lead = firstNonBlank(in);
    // A rule's first mark is one of these (most lines open with a letter and are no rule: no pattern tried)
    if ("-*_=|:".indexOf(lead) >= 0 && (THEMATIC_BREAK.matcher(in).matches() || TABLE_RULE.matcher(in).matches())) {
      return in.derived(0);
    }
    int from = 0;
    int to = in.length();
    int level = in.headingLevel;
    Matcher heading = HEADING.matcher(in);
    if (heading.lookingAt()) {
      level = heading.group(1).length();
      from = heading.end();
      Matcher closing = CLOSING_HASHES.matcher(in);
      if (closing.region(from, to).find()) {
        to = closing.start();
      }
    }
    MappedLine out = in.derived(to - from);
    out.headingLevel = level;
    out.hardBreak = endsWithHardBreak(in);
    Matcher link = LINK.matcher(in);
    boolean bold = boldOpen;
    int i = from;
    // In a pipe table's row an escaped pipe is a cell's text, not a cell boundary: it stays escaped for the
    // tables stage to tell the two apart.
    boolean pipeRow = firstNonWhitespace(in) == '|';
    while (i < to) {
      char c = in.charAt(i);
      if (c == '\\' && pipeRow && i + 1 < to && in.charAt(i + 1) == '|') {
        out.append(c, in.sourceAt(i), bold || in.boldAt(i));
        out.append('|', in.sourceAt(i + 1), bold || in.boldAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '\\' && i + 1 < to && MARKDOWN_ESCAPABLE.indexOf(in.charAt(i + 1)) >= 0) {
        out.append(in.charAt(i + 1), in.sourceAt(i + 1), bold || in.boldAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '\\' && i + 1 == to) {
        break; // a backslash hard line break
      }
      if ((c == '[' || c == '!') && link.region(i, to).lookingAt()) {
        if (link.group(1).isEmpty()) {
          for (int k = link.start(2); k < link.end(2); k++) {
            out.append(in.charAt(k), in.sourceAt(k), bold || in.boldAt(k));
          }
        }
        i = link.end();
        continue;
      }
      if (c == '*' || c == '_') {
        int run = i;
        while (run < to && in.charAt(run) == c) {
          run++;
        }
        int k = run - i;
        boolean before = i > from && !UnicodeCleanup.isSpace(in.charAt(i - 1));
        boolean after = run < to && !UnicodeCleanup.isSpace(in.charAt(run));
        // A run of two or more is emphasis wherever it stands; a single '*' only when it touches a word
        // (so "* item" and "5 * 3" stay); a single '_' is text (snake_case names, blanks to fill in).
        boolean marker = (k >= 2 && (c == '*' || before || after)) || (k == 1 && c == '*' && (before || after));
        if (marker) {
          if ((k / 2) % 2 == 1) {
            bold = !bold;
          }
          i = run;
          continue;
        }
      }
      out.append(c, in.sourceAt(i), bold || in.boldAt(i));
      i++;
    }
    out.boldOpen = bold;
    return out;
  }

  private static boolean endsWithHardBreak(MappedLine line) {
    int n = line.length();
    return (n >= 2 && line.charAt(n - 1) == ' ' && line.charAt(n - 2) == ' ')
        || (n >= 1 && line.charAt(n - 1) == '\\');
  }

  /** The superscript (or subscript) form of an ASCII digit; any other character unchanged. */
  static char scriptDigit(char c, boolean superscript) {
    if (c < '0' || c > '9') {
      return c;
    }
    return (superscript ? SUPERSCRIPT_DIGITS : SUBSCRIPT_DIGITS).charAt(c - '0');
  }

  private static int indexOf(CharSequence s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
