package io.nqx.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.mime.MediaType;

/**
 * Text from OCR: image files read whole, and the pages of a PDF that have no text layer (or every page, when
 * asked) rendered with PDFBox at 300 dpi and read with {@link Tesseract}, put in their place among the pages
 * the text layer gave. The raw text keeps each OCR word's range and confidence, and each OCR page's mean.
 */
final class OcrReader {
  private OcrReader() {}

  /** Resolution pages are rendered at: Tesseract reads body text best at about 300 dpi. */
  static final int DPI = 300;

  static boolean isImage(MediaType type) {
    String t = type.getBaseType().toString();
    return t.equals("image/png") || t.equals("image/jpeg") || t.equals("image/tiff");
  }

  /** An image file: every page of it (a TIFF may hold several) by OCR. */
  static RawText image(byte[] bytes, MediaType type, String source, long pageTimeoutSeconds) throws IngestException {
    String suffix = switch (type.getBaseType().getSubtype()) {
      case "png" -> ".png";
      case "jpeg" -> ".jpg";
      default -> ".tif";
    };
    Path file = null;
    try {
      file = Tesseract.temp(suffix);
      Files.write(file, bytes);
      Assembly out = new Assembly();
      List<Tesseract.Reading> pages = Tesseract.read(file, source, pageTimeoutSeconds);
      for (int i = 0; i < pages.size(); i++) {
        out.startPage();
        out.add(pages.get(i), i + 1);
      }
      return out.build();
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "cannot write a temporary image: "
          + e.getMessage(), e);
    } finally {
      delete(file);
    }
  }

  /**
   * A PDF: the pages whose text layer gave no text (or all, with {@link OcrMode#ALWAYS}) read by OCR, the
   * others as the text layer gave them. Returns {@code tika} itself when no page needs OCR.
   */
  static RawText pdf(byte[] bytes, RawText tika, OcrMode mode, String source, long pageTimeoutSeconds)
      throws IngestException {
    int[] lineStarts = tika.lineStarts();
    int[] pageLines = tika.pageStartLines();
    if (mode == OcrMode.AUTO && pageLines.length > 0) {
      boolean anyBlank = false;
      for (int p = 0; p < pageLines.length && !anyBlank; p++) {
        anyBlank = blank(tika, lineStarts, pageLines, p);
      }
      if (!anyBlank) {
        return tika; // every page has its text layer: the PDF is not opened a second time
      }
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pageCount = pdf.getNumberOfPages();
      boolean[] ocr = new boolean[pageCount];
      boolean any = false;
      for (int p = 0; p < pageCount; p++) {
        ocr[p] = mode == OcrMode.ALWAYS || pageLines.length != pageCount || blank(tika, lineStarts, pageLines, p);
        any |= ocr[p];
      }
      if (!any) {
        return tika;
      }
      Tesseract.check(source);
      PDFRenderer renderer = new PDFRenderer(pdf);
      Assembly out = new Assembly();
      boolean layerUsable = pageLines.length == pageCount;
      for (int p = 0; p < pageCount; p++) {
        out.startPage();
        if (!ocr[p] && layerUsable) {
          int from = lineStarts[pageLines[p]];
          int to = p + 1 < pageCount ? lineStarts[pageLines[p + 1]] : tika.text().length();
          int delta = out.text.length() - from;
          int lineDelta = out.line - pageLines[p];
          int lastLine = p + 1 < pageCount ? pageLines[p + 1] : lineStarts.length;
          for (int l = pageLines[p]; l < lastLine; l++) {
            if (tika.softBreaks().get(l)) {
              out.soft.set(l + lineDelta);
            }
          }
          for (RawTable t : tika.tables()) {
            if (!t.rows().isEmpty() && !t.rows().get(0).isEmpty() && t.rows().get(0).get(0).start() >= from
                && t.rows().get(0).get(0).start() < to) {
              out.tables.add(shift(t, delta));
            }
          }
          String page = tika.text().substring(from, to);
          out.text.append(page);
          out.line += lastLine - pageLines[p];
          if (!page.isEmpty() && page.charAt(page.length() - 1) != '\n') {
            out.text.append('\n');
          }
          continue;
        }
        BufferedImage image = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
        Path file = Tesseract.temp(".png");
        try {
          ImageIO.write(image, "png", file.toFile());
          List<Tesseract.Reading> read = Tesseract.read(file, source, pageTimeoutSeconds);
          if (read.isEmpty()) {
            out.pages.add(new OcrPage(p + 1, 0, 0)); // a blank page: read, and nothing on it
          }
          for (Tesseract.Reading r : read) {
            out.add(r, p + 1);
          }
        } finally {
          delete(file);
        }
      }
      return out.build();
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.CORRUPT, "cannot render the PDF for OCR: "
          + e.getMessage(), e);
    }
  }

  /** Whether page {@code p} of the text layer holds nothing but blank lines and a page number. */
  private static boolean blank(RawText raw, int[] lineStarts, int[] pageLines, int p) {
    int from = lineStarts[pageLines[p]];
    int to = p + 1 < pageLines.length ? lineStarts[pageLines[p + 1]] : raw.text().length();
    String page = raw.text().substring(from, to);
    return page.replaceAll("[\\s\\d*#|_-]", "").isEmpty();
  }

  private static RawTable shift(RawTable t, int delta) {
    List<List<RawTable.Cell>> rows = new ArrayList<>();
    for (List<RawTable.Cell> row : t.rows()) {
      List<RawTable.Cell> cells = new ArrayList<>();
      for (RawTable.Cell c : row) {
        cells.add(new RawTable.Cell(c.start() + delta, c.end() + delta, c.colSpan(), c.rowSpan(), c.header(),
            c.spansKnown()));
      }
      rows.add(cells);
    }
    return new RawTable(rows);
  }

  /** The raw text being put together page by page: text-layer pages copied, OCR readings appended. */
  private static final class Assembly {
    final StringBuilder text = new StringBuilder();
    final List<Integer> starts = new ArrayList<>();
    final BitSet soft = new BitSet();
    final List<RawTable> tables = new ArrayList<>();
    final List<OcrWords> words = new ArrayList<>();
    final List<OcrPage> pages = new ArrayList<>();
    int line;

    void startPage() {
      starts.add(line);
    }

    /** One OCR reading of page {@code page}: its text, then a blank line; its words placed where it stands. */
    void add(Tesseract.Reading r, int page) {
      words.add(new OcrWords(r.starts(), r.ends(), r.confidences()).shift(text.length()));
      pages.add(new OcrPage(page, Math.round(r.meanConfidence() * 1000) / 1000.0, r.starts().length));
      text.append(r.text()).append("\n\n");
      line += (int) r.text().chars().filter(c -> c == '\n').count() + 2;
    }

    RawText build() {
      return new RawText(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(), soft, tables,
          OcrWords.concat(words), pages);
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is the system's to clean
      }
    }
  }
}
