package io.nqx.cli;

import io.nqx.citations.Citation;
import io.nqx.document.Doc;
import io.nqx.facts.DocumentInfo;
import io.nqx.ingest.Range;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.targets.Indicator;
import io.nqx.targets.Kind;
import io.nqx.targets.Target;
import io.nqx.targets.Taxonomy;
import io.nqx.tasks.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the review page shows, as plain values for its template: every document with its text cut into pieces
 * at the spans of its extractions and its headings, the list of extractions, the matrix of indicators by
 * document and the responsibilities of agencies by document. Nothing here is HTML: the template escapes every
 * value it writes.
 */
final class ReportModel {
  private ReportModel() {}

  /**
   * A highlight: one extraction's span, its kind ("target", "result", "task", "citation", ...) and id. Its
   * fields are not repeated here: the page shows them from the embedded extract output, by id.
   */
  record Mark(String kind, String id, boolean first) {}

  /** A piece of text under the same highlights (outermost first), maybe with a heading's anchor before it. */
  record Piece(String anchor, List<Mark> marks, String text) {}

  /** An outline entry of the side navigation. */
  record NavEntry(String anchor, String label, int depth) {}

  /** An entry of a document's extraction list. */
  record Item(String id, String kind, String label, String detail, String indicator, String agency) {}

  /** A document of the report, or a file that could not be read ({@code error} set). */
  record Document(String id, String source, String label, String province, String type, String genre, int targets,
      int tasks, int citations, String ocr, String error, List<NavEntry> nav, List<Piece> pieces, List<Item> items) {}

  /** A link to a highlight, with the text to show. */
  record Link(String id, String text) {}

  /** A row of the matrix: an indicator (or an agency) and one cell per document. */
  record Row(String key, String label, List<Cell> cells) {}

  /** A cell: its links, in order (empty when the document has nothing for the row). */
  record Cell(List<Link> links, String note) {}

  /** The whole page. */
  record Page(String title, List<Document> documents, List<String> columns, List<Row> matrix, List<Row> duties,
      List<String> kinds, List<String> indicators, List<String> agencies, int read, int failed) {}

  static Page of(List<Batch.Outcome<Doc>> outcomes, Set<Kind> kinds, Taxonomy taxonomy) {
    List<Document> documents = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    Map<String, Map<Integer, List<Link>>> matrix = new LinkedHashMap<>();
    Map<String, Map<Integer, List<Task>>> duties = new LinkedHashMap<>();
    Map<String, Map<Integer, List<Link>>> dutyLinks = new LinkedHashMap<>();
    Map<String, String> agencyNames = new LinkedHashMap<>();
    Set<String> indicatorsSeen = new TreeSet<>();
    Set<String> agenciesSeen = new TreeSet<>();
    Set<String> kindsSeen = new LinkedHashSet<>();
    int n = 0;
    int failed = 0;
    List<Integer> readIndexes = new ArrayList<>();
    for (Batch.Outcome<Doc> o : outcomes) {
      n++;
      String id = "d" + n;
      String source = o.input().name();
      if (o.failed()) {
        failed++;
        documents.add(new Document(id, source, Inputs.fileName(source), null, null, null, 0, 0, 0,
            null, o.error(), List.of(), List.of(), List.of()));
        continue;
      }
      Doc doc = o.result();
      DocumentInfo info = doc.get(DocumentInfo.LAYER);
      String label = info.province() != null ? info.province() : Inputs.fileName(source);
      int column = columns.size();
      columns.add(label + (columns.contains(label) ? " (" + Inputs.fileName(source) + ")" : ""));
      readIndexes.add(n);
      List<Target> targets = doc.get(Target.LAYER).stream().filter(t -> kinds.contains(t.kind())).toList();
      List<Task> tasks = doc.get(Task.LAYER);
      List<Citation> cites = info.cites();
      List<Span> spans = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        Target t = targets.get(i);
        String mid = id + "-t" + (i + 1);
        String kind = t.kind().id();
        kindsSeen.add(kind);
        spans.add(new Span(t.start(), t.end(), kind, mid));
        items.add(new Item(mid, kind, t.cell() + " " + t.indicator(), t.valueText() + " · " + t.section(),
            t.indicator(), t.leadAgency() == null ? "" : t.leadAgency()));
        indicatorsSeen.add(t.indicator());
        if (t.isTarget() && !t.indicator().equals(Indicator.OTHER)) {
          matrix.computeIfAbsent(t.indicator(), k -> new LinkedHashMap<>())
              .computeIfAbsent(column, k -> new ArrayList<>()).add(new Link(mid, t.cell()));
        }
      }
      for (int i = 0; i < tasks.size(); i++) {
        Task t = tasks.get(i);
        String mid = id + "-k" + (i + 1);
        kindsSeen.add("task");
        spans.add(new Span(t.start(), Math.max(t.end(), t.start() + 1), "task", mid));
        String key = t.agencyCode() != null ? t.agencyCode() : t.agency();
        agencyNames.putIfAbsent(key, t.agency());
        agenciesSeen.add(t.agency());
        items.add(new Item(mid, "task", t.agency(), (t.action() == null ? "" : t.action())
            + (t.deadline() == null ? "" : " · " + t.deadline()), "", t.agency()));
        duties.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(column, k -> new ArrayList<>()).add(t);
        dutyLinks.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(column, k -> new ArrayList<>())
            .add(new Link(mid, t.deadline() == null ? "•" : t.deadline()));
      }
      for (int i = 0; i < cites.size(); i++) {
        Citation c = cites.get(i);
        String mid = id + "-c" + (i + 1);
        kindsSeen.add("citation");
        // the fullest mention first: the list entry goes to it
        spans.add(new Span(c.start(), c.end(), "citation", mid));
        for (Range r : c.mentions()) {
          if (r.start() != c.start()) {
            spans.add(new Span(r.start(), r.end(), "citation", mid));
          }
        }
        items.add(new Item(mid, "citation", c.number(), c.type() + (c.date() == null ? "" : " · " + c.date()), "", ""));
      }
      Outline outline = doc.get(Outline.LAYER);
      List<NavEntry> nav = new ArrayList<>();
      Map<Integer, String> anchors = new LinkedHashMap<>();
      outline.all().filter(s -> !s.item()).forEach(s -> {
        String anchor = id + "-s-" + s.id();
        anchors.putIfAbsent(s.start(), anchor);
        nav.add(new NavEntry(anchors.get(s.start()), label(s), Math.max(0, s.level())));
      });
      String text = doc.text().text();
      String ocr = info.ocr().isEmpty() ? null : info.ocr().size() + " pages by OCR";
      documents.add(new Document(id, source, label, info.province(), info.docType(), info.genre().id(),
          (int) targets.stream().filter(Target::isTarget).count(), tasks.size(), cites.size(), ocr, null, nav,
          pieces(text, spans, anchors), items));
    }
    List<Row> matrixRows = new ArrayList<>();
    for (Indicator i : taxonomy.indicators()) {
      Map<Integer, List<Link>> byColumn = matrix.get(i.code());
      if (byColumn != null) {
        matrixRows.add(new Row(i.code(), i.code() + " (" + i.unit() + ")", cells(byColumn, columns.size(), null)));
      }
    }
    List<Row> dutyRows = new ArrayList<>();
    duties.keySet().stream().sorted(Comparator.comparing((String k) -> -duties.get(k).values().stream()
        .mapToInt(List::size).sum()).thenComparing(k -> k)).forEach(k -> dutyRows.add(new Row(k, agencyNames.get(k),
            cells(dutyLinks.get(k), columns.size(), duties.get(k)))));
    List<String> kindList = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (kindsSeen.contains(k.id())) {
        kindList.add(k.id());
      }
    }
    kindList.add("task");
    kindList.add("citation");
    return new Page("nqx review: " + (outcomes.size() == 1 ? outcomes.get(0).input().name() : outcomes.size()
        + " files"), documents, columns, matrixRows, dutyRows, kindList, new ArrayList<>(indicatorsSeen),
        new ArrayList<>(agenciesSeen), outcomes.size() - failed, failed);
  }

  private static List<Cell> cells(Map<Integer, List<Link>> byColumn, int columns, Map<Integer, List<Task>> tasks) {
    List<Cell> out = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      List<Link> links = byColumn.getOrDefault(c, List.of());
      String note = null;
      if (tasks != null && tasks.containsKey(c)) {
        note = String.valueOf(tasks.get(c).size());
      }
      out.add(new Cell(links, note));
    }
    return out;
  }

  private static String label(Section s) {
    String title = s.title() == null ? "" : s.title();
    if (title.length() > 80) {
      title = title.substring(0, 79) + "…";
    }
    return (s.number() == null || s.number().isEmpty() ? "" : s.number() + " ") + title;
  }

  /** A span to highlight. */
  private record Span(int start, int end, String kind, String id) {}

  /**
   * The text cut at every span's ends and every heading's start; each piece under the spans that cover it,
   * longest first (so that they nest as elements), the first piece of each span marked as its first.
   */
  static List<Piece> pieces(String text, List<Span> spans, Map<Integer, String> anchors) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    List<Span> valid = new ArrayList<>();
    for (Span s : spans) {
      int start = Math.max(0, Math.min(s.start(), text.length()));
      int end = Math.max(start, Math.min(s.end(), text.length()));
      if (end > start) {
        valid.add(new Span(start, end, s.kind(), s.id()));
        cuts.add(start);
        cuts.add(end);
      }
    }
    for (int a : anchors.keySet()) {
      if (a >= 0 && a <= text.length()) {
        cuts.add(a);
      }
    }
    valid.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())));
    Set<String> started = new java.util.HashSet<>();
    List<Piece> out = new ArrayList<>();
    Integer prev = null;
    int from = 0;
    List<Span> open = new ArrayList<>();
    for (int cut : cuts) {
      if (prev == null) {
        prev = cut;
        continue;
      }
      int a = prev;
      int b = cut;
      prev = cut;
      // the spans covering [a, b): a sweep over the sorted list, dropping those that ended
      open.removeIf(s -> s.end() <= a);
      while (from < valid.size() && valid.get(from).start() <= a) {
        if (valid.get(from).end() > a) {
          open.add(valid.get(from));
        }
        from++;
      }
      List<Span> covering = new ArrayList<>(open);
      covering.sort(Comparator.comparingInt((Span s) -> -(s.end() - s.start())).thenComparing(Span::start));
      List<Mark> marks = new ArrayList<>();
      Set<String> here = new java.util.HashSet<>();
      for (Span s : covering) {
        if (here.add(s.id() + "@" + s.start())) {
          marks.add(new Mark(s.kind(), s.id(), started.add(s.id())));
        }
      }
      out.add(new Piece(anchors.get(a), marks, text.substring(a, b)));
    }
    if (out.isEmpty() && anchors.containsKey(0)) {
      out.add(new Piece(anchors.get(0), List.of(), ""));
    }
    return out;
  }
}
