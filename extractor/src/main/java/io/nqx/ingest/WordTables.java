package io.nqx.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableIterator;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The merged cells of Word files. Tika's DOCX and DOC parsers give a horizontally merged cell as one cell
 * (the row has fewer cells) and a vertically merged one as empty cells below it, so the grid is read from
 * the file: DOCX's {@code w:gridSpan}, {@code w:gridBefore} and {@code w:vMerge}; DOC's cell edges and
 * merge flags through POI. Only the outermost tables, as Tika's text of a nested table is its cell's text.
 */
final class WordTables {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private WordTables() {}

  /** The raw text with the spans of a DOCX's tables; unchanged when the file cannot be read for them. */
  static RawText docx(byte[] bytes, RawText raw) {
    if (raw.tables().isEmpty()) {
      return raw;
    }
    try {
      byte[] xml = entry(bytes, "word/document.xml");
      return xml == null ? raw : CellGrid.overlay(raw, docxGrids(xml));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return raw; // structure is a help; Tika already read the text
    }
  }

  /** The raw text with the spans of a DOC's tables; unchanged when POI cannot read them. */
  static RawText doc(byte[] bytes, RawText raw) {
    if (raw.tables().isEmpty()) {
      return raw;
    }
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
      List<CellGrid> grids = new ArrayList<>();
      Range range = doc.getRange();
      TableIterator tables = new TableIterator(range);
      while (tables.hasNext()) {
        Table table = tables.next();
        List<List<CellGrid.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
          TableRow row = table.getRow(r);
          List<CellGrid.Cell> cells = new ArrayList<>();
          for (int c = 0; c < row.numCells(); c++) {
            TableCell cell = row.getCell(c);
            int left = cell.getLeftEdge();
            cells.add(new CellGrid.Cell(left, left + cell.getWidth(), cell.isFirstVerticallyMerged(),
                cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged(), false));
          }
          rows.add(cells);
        }
        grids.add(new CellGrid(rows));
      }
      return CellGrid.overlay(raw, grids);
    } catch (IOException | RuntimeException e) {
      return raw;
    }
  }

  private static byte[] entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    return null;
  }

  private static List<CellGrid> docxGrids(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // The document is untrusted: no DTDs, no external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    List<CellGrid> grids = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(xml);
    XMLStreamReader x = factory.createXMLStreamReader(in);
    int tableDepth = 0;
    List<List<CellGrid.Cell>> rows = null;
    List<CellGrid.Cell> cells = null;
    int column = 0;
    int span = 1;
    String vMerge = null;
    boolean inCell = false;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
        String name = x.getLocalName();
        if (name.equals("tbl")) {
          if (tableDepth++ == 0) {
            rows = new ArrayList<>();
          }
        } else if (tableDepth == 1 && rows != null) {
          switch (name) {
            case "tr" -> {
              cells = new ArrayList<>();
              column = 0;
            }
            case "gridBefore" -> column += value(x, 0);
            case "tc" -> {
              inCell = true;
              span = 1;
              vMerge = null;
            }
            case "gridSpan" -> span = inCell ? Math.max(1, value(x, 1)) : span;
            case "vMerge" -> {
              if (inCell) {
                String v = x.getAttributeValue(W, "val");
                vMerge = v == null ? "continue" : v;
              }
            }
            default -> { }
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
        String name = x.getLocalName();
        if (name.equals("tbl")) {
          if (--tableDepth == 0 && rows != null) {
            grids.add(new CellGrid(rows));
            rows = null;
          }
        } else if (tableDepth == 1 && rows != null) {
          if (name.equals("tc") && cells != null) {
            cells.add(new CellGrid.Cell(column, column + span, "restart".equals(vMerge),
                "continue".equals(vMerge), false));
            column += span;
            inCell = false;
          } else if (name.equals("tr") && cells != null) {
            rows.add(cells);
            cells = null;
          }
        }
      }
    }
    return grids;
  }

  private static int value(XMLStreamReader x, int otherwise) {
    String v = x.getAttributeValue(W, "val");
    try {
      return v == null ? otherwise : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
