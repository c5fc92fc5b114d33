package io.nqx.ingest;

import java.util.Locale;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's safe HTML elements plus the inline ones it drops by default and nqx needs: {@code sup} and
 * {@code sub} ("m<sup>2</sup>" must stay "m²", not become "m2" where the 2 reads as a number of its own), and
 * {@code b}/{@code strong}, since a bold paragraph is how many documents mark a heading.
 */
final class HtmlElements extends DefaultHtmlMapper {
  static final HtmlElements INSTANCE = new HtmlElements();

  @Override
  public String mapSafeElement(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "sup":
      case "sub":
        return lower;
      case "b":
      case "strong":
        return "b";
      default:
        break;
    }
    return super.mapSafeElement(name);
  }

  /** A table cell's spans stay: merged cells are part of a table's structure. */
  @Override
  public String mapSafeAttribute(String elementName, String attributeName) {
    String element = elementName.toLowerCase(Locale.ROOT);
    String attribute = attributeName.toLowerCase(Locale.ROOT);
    if ((element.equals("td") || element.equals("th")) && (attribute.equals("colspan") || attribute.equals("rowspan"))) {
      return attribute;
    }
    return super.mapSafeAttribute(elementName, attributeName);
  }
}
