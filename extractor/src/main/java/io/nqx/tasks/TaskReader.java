package io.nqx.tasks;

import io.nqx.agencies.AgencyDictionary;
import io.nqx.agencies.AgencyPhrases;
import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.sentences.Sentence;
import io.nqx.sentences.Sentences;
import io.nqx.tables.Cell;
import io.nqx.tables.CellRef;
import io.nqx.tables.ColumnRole;
import io.nqx.tables.Table;
import io.nqx.tables.TableView;
import io.nqx.tables.Tables;
import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the assignments of a document in the parts that make them (TỔ CHỨC THỰC HIỆN, its variants, NHIỆM VỤ,
 * annexes): a clause whose subject is a body ("5. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với ..."); a label
 * that names the responsible body under a task ("Trách nhiệm thực hiện: Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Ủy
 * ban nhân dân tỉnh thực hiện.", with "Thời gian thực hiện: Quý II/2026." beside it); and each row of a task
 * table. One record per body per passage.
 */
final class TaskReader {
  private static final Set<SectionKind> READ = EnumSet.of(SectionKind.TO_CHUC_THUC_HIEN, SectionKind.NHIEM_VU,
      SectionKind.ANNEX);
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** A label naming the responsible body: "Trách nhiệm chỉ đạo thực hiện:", "Cơ quan chủ trì tham mưu:". */
  private static final Pattern RESPONSIBLE = Pattern.compile("^[\\s\\-+•*]*(?:trách nhiệm(?:\\s+[\\p{L},]+){0,4}|"
      + "(?:cơ quan|đơn vị)\\s+(?:chủ trì|thực hiện|tham mưu|đầu mối)(?:\\s+[\\p{L},]+){0,3}|chủ trì(?:\\s+thực hiện)?)"
      + "\\s*:\\s*", FLAGS);
  private static final Pattern PARTNERS = Pattern.compile("^[\\s\\-+•*]*(?:(?:cơ quan|đơn vị)\\s+)?phối hợp(?:\\s+thực hiện)?"
      + "\\s*:\\s*", FLAGS);
  private static final Pattern WHEN = Pattern.compile("^[\\s\\-+•*]*(?:thời gian|thời hạn|tiến độ)(?:\\s+[\\p{L}]+){0,3}"
      + "\\s*:\\s*", FLAGS);
  private static final Pattern PRODUCT = Pattern.compile("^[\\s\\-+•*]*(?:sản phẩm|kết quả đầu ra|hình thức văn bản)"
      + "(?:\\s+[\\p{L}]+){0,2}\\s*:\\s*", FLAGS);
  private static final Pattern WITH = Pattern.compile("phối hợp(?:\\s+với)?\\s+", FLAGS);
  private static final int ACTION_WORDS = 15;
  /** A predicate of what was done: "đã triển khai", "vừa ban hành", "ban hành Kế hoạch này" (the issuer's own). */
  private static final Pattern PAST = Pattern.compile("(?:đã|vừa|từng|đã được)\\s|ban hành (?:kế hoạch|chương trình|"
      + "nghị quyết|quyết định) (?:này|số)", FLAGS);
  /** What a heading that names a body may say after it: "có trách nhiệm", "thực hiện các nhiệm vụ sau". */
  private static final Pattern RESPONSIBLE_TAIL = Pattern.compile("\\s+(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|"
      + "thực hiện(?: các| những)?(?: nhiệm vụ)?(?: sau| sau đây)?|triển khai(?: các| những)? nhiệm vụ(?: sau| sau đây)?)$",
      FLAGS);

  private final AgencyDictionary agencies;

  TaskReader(AgencyDictionary agencies) {
    this.agencies = agencies;
  }

  List<Task> read(SourceText source, Outline outline, Sentences sentences, Tables tables, Integer documentYear) {
    String text = source.text();
    List<Task> out = new ArrayList<>();
    List<Integer> labelLines = new ArrayList<>();
    // Labelled responsibilities, line by line.
    List<TextLine> lines = source.lines();
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      if (line.isEmpty() || tables.tableAt(line.start()).isPresent()) {
        continue;
      }
      List<Section> path = outline.path(line.start());
      if (!read(path)) {
        continue;
      }
      Matcher m = RESPONSIBLE.matcher(text).region(line.start(), line.end());
      if (!m.lookingAt()) {
        continue;
      }
      labelLines.add(i);
      Task t = labelled(source, outline, path, lines, i, m.end(), documentYear);
      if (t != null) {
        out.add(t);
      }
    }
    // Clauses whose subject is a body.
    Section unit = null;
    String unitAgency = null;
    List<Task> prose = new ArrayList<>();
    for (Sentence sentence : sentences.all()) {
      if (tables.tableAt(sentence.start()).isPresent()) {
        continue;
      }
      int lineIndex = source.lineIndexAt(sentence.start());
      if (labelLines.contains(lineIndex) || isLabel(text, lines.get(lineIndex))) {
        continue;
      }
      List<Section> path = outline.path(sentence.start());
      if (!read(path)) {
        continue;
      }
      Section deepest = path.get(path.size() - 1);
      if (!deepest.item() && deepest.start() == lines.get(lineIndex).start()) {
        continue; // a heading names the body of the bullets under it; it is no assignment itself
      }
      Section container = deepest.item() ? deepest : null;
      if (wrapped(source, outline, lines, lineIndex, sentence.start())) {
        continue; // the rest of a line the page wrapped: no clause starts here
      }
      if (labelledList(text, sentence)) {
        continue; // "Tập thể: Các cơ quan ...; các tổ chức ...": a list of who, under a label
      }
      for (Range clause : sentence.clauses()) {
        AgencyPhrases.Subject subject = AgencyPhrases.subject(text, clause.start(), clause.end());
        if (subject == null || subject.predicate() >= clause.end() || keyValue(text, clause)
            || PAST.matcher(text).region(subject.predicate(), clause.end()).lookingAt()) {
          continue; // no body, a form's field, or what a body did ("Sở Y tế đã triển khai ...")
        }
        String key = Fold.fold(subject.text());
        if (container != null && container == unit && key.equals(unitAgency)) {
          continue; // the same body again in its own item
        }
        unit = container;
        unitAgency = key;
        prose.add(clauseTask(source, path, subject, clause, sentence, container, documentYear));
      }
    }
    List<Task> clauses = cutPassages(text, source.lowerText(), prose, documentYear);
    out.addAll(clauses);
    out.addAll(headings(source, outline, sentences, tables, clauses, documentYear));
    for (Table t : tables.all()) {
      TableView view = TableView.of(t, documentYear);
      if (view.kind() == TableView.Kind.TASKS) {
        out.addAll(rows(source, outline, view, documentYear));
      }
    }
    out.sort(Comparator.comparingInt(Task::start));
    return out;
  }

  private static boolean read(List<Section> path) {
    return !path.isEmpty() && path.stream().anyMatch(s -> READ.contains(s.kind()))
        && path.get(path.size() - 1).kind() != SectionKind.BACK_MATTER
        && path.get(path.size() - 1).kind() != SectionKind.FRONT_MATTER;
  }

  /**
   * Whether a sentence that starts a line only continues the line before, as a crawled page wraps its text:
   * the line before ends in the middle of a sentence (no stop, colon or semicolon) and is no heading.
   */
  private static boolean wrapped(SourceText source, Outline outline, List<TextLine> lines, int index, int start) {
    if (start != lines.get(index).start() || outline.startingAt(start).isPresent()) {
      return false;
    }
    for (int k = index - 1; k >= 0; k--) {
      TextLine previous = lines.get(k);
      if (previous.isEmpty()) {
        return false; // a paragraph of its own
      }
      if (outline.startingAt(previous.start()).isPresent() && !outline.startingAt(previous.start()).get().item()) {
        return false; // under a heading
      }
      String s = source.lineText(previous).strip();
      return !s.isEmpty() && ".;:!?|".indexOf(s.charAt(s.length() - 1)) < 0;
    }
    return false;
  }

  /** A field and its value, "Cơ quan trực tiếp thực hiện TTHC: Sở Dân tộc và Tôn giáo": a form's, no assignment. */
  private static boolean keyValue(String text, Range clause) {
    // A page may wrap the field before its colon: look on to the clause's stop, across a line break.
    int limit = Math.min(text.length(), clause.end() + 60);
    int colon = -1;
    for (int i = clause.start(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if ((c == '.' || c == ';') && i >= clause.end() - 1 || text.startsWith("\n\n", i)) {
        break;
      }
    }
    if (colon < 0) {
      return false;
    }
    int v = colon + 1;
    int end = Math.min(text.length(), v + 80);
    while (v < end && (Character.isWhitespace(text.charAt(v)) || text.charAt(v) == '*')) {
      v++;
    }
    return AgencyPhrases.startsWithHead(text, v, end);
  }

  /** A sentence that opens with a short label and a colon, "Tập thể: ...", whose clauses list bodies. */
  private static boolean labelledList(String text, Sentence sentence) {
    int colon = text.indexOf(':', sentence.start());
    if (colon < 0 || colon >= sentence.end()) {
      return false;
    }
    String label = text.substring(sentence.start(), colon).strip();
    return !label.isEmpty() && label.split("\\s+").length <= 4
        && !AgencyPhrases.startsWithHead(text, sentence.start(), colon);
  }

  private static boolean isLabel(String text, TextLine line) {
    for (Pattern p : List.of(RESPONSIBLE, PARTNERS, WHEN, PRODUCT)) {
      if (p.matcher(text).region(line.start(), line.end()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** A task whose body a label names; its unit is the item or heading the label closes. */
  private Task labelled(SourceText source, Outline outline, List<Section> path, List<TextLine> lines, int index,
      int valueStart, Integer documentYear) {
    String text = source.text();
    TextLine line = lines.get(index);
    AgencyPhrases.Subject subject = AgencyPhrases.subject(text, valueStart, line.end());
    if (subject == null) {
      return null;
    }
    AgencyPhrases.Predicate predicate = AgencyPhrases.predicate(text, subject.predicate(), line.end());
    Section unit = path.get(path.size() - 1);
    int bodyStart = unit.textStart();
    // The unit's other labels, on the lines after this one and before the next responsibility or heading.
    String deadlineLabel = null;
    String productLabel = null;
    List<String> partners = new ArrayList<>(predicate.partners());
    int end = line.end();
    for (int k = index + 1; k < lines.size(); k++) {
      TextLine l = lines.get(k);
      if (l.isEmpty()) {
        continue;
      }
      if (!unit.contains(l.start()) || outline.startingAt(l.start()).isPresent()
          || RESPONSIBLE.matcher(text).region(l.start(), l.end()).lookingAt()) {
        break;
      }
      Matcher when = WHEN.matcher(text).region(l.start(), l.end());
      Matcher with = PARTNERS.matcher(text).region(l.start(), l.end());
      Matcher product = PRODUCT.matcher(text).region(l.start(), l.end());
      if (when.lookingAt()) {
        deadlineLabel = text.substring(when.end(), l.end());
        end = l.end();
      } else if (with.lookingAt()) {
        partners.addAll(AgencyPhrases.split(text.substring(with.end(), l.end())));
        end = l.end();
      } else if (product.lookingAt()) {
        productLabel = text.substring(product.end(), l.end());
        end = l.end();
      } else {
        break;
      }
    }
    // The work: the unit's words before its labels.
    int bodyEnd = line.start();
    for (int k = index - 1; k >= 0 && lines.get(k).start() >= bodyStart; k--) {
      if (isLabel(text, lines.get(k))) {
        bodyEnd = lines.get(k).start();
      }
    }
    String body = text.substring(Math.min(bodyStart, bodyEnd), bodyEnd);
    Passage work = deadlineLabel != null && productLabel != null ? null
        : Passage.of(text, source.lowerText(), Math.min(bodyStart, bodyEnd), bodyEnd);
    Deadlines.Deadline deadline = deadlineLabel != null ? Deadlines.ofCell(deadlineLabel, documentYear)
        : Deadlines.first(work, documentYear);
    String deliverable = productLabel != null ? Deliverables.ofProduct(productLabel) : Deliverables.of(work);
    return task(source, path, subject, predicate, partners, action(body, 0), deadline, deliverable,
        text.substring(Math.min(bodyStart, bodyEnd), end), null);
  }

  /** A task of a clause; its passage runs to the next task's start or its container's end (cut later). */
  private Task clauseTask(SourceText source, List<Section> path, AgencyPhrases.Subject subject, Range clause,
      Sentence sentence, Section container, Integer documentYear) {
    String text = source.text();
    AgencyPhrases.Predicate predicate = AgencyPhrases.predicate(text, subject.predicate(), clause.end());
    List<String> partners = new ArrayList<>(predicate.partners());
    if (partners.isEmpty()) {
      Matcher with = WITH.matcher(text).region(subject.predicate(), clause.end());
      if (with.find()) {
        AgencyPhrases.Subject p = AgencyPhrases.subject(text, with.end(), clause.end());
        if (p != null) {
          partners.addAll(AgencyPhrases.split(p.text()));
        }
      }
    }
    int passageEnd = container != null ? container.end() : source.lineAt(sentence.start()).end();
    String action = action(text.substring(predicate.actionStart(), clause.end()), 0);
    return task(source, path, subject, predicate, partners, action, null, null,
        text.substring(subject.start(), Math.min(text.length(), passageEnd)), null);
  }

  /**
   * Headings that name the body of the work under them ("1. Sở Y tế" over "a) Chủ trì, phối hợp với ...;
   * b) ..."): one task each, when no clause under them names a body of its own. The first sentence under the
   * heading says whether it leads, whom it directs and works with, and its first action.
   */
  private List<Task> headings(SourceText source, Outline outline, Sentences sentences, Tables tables,
      List<Task> clauses, Integer documentYear) {
    String text = source.text();
    List<Task> out = new ArrayList<>();
    outline.all().filter(s -> !s.item()).forEach(section -> {
      List<Section> path = outline.path(section.start());
      if (!read(path) || path.get(path.size() - 1) != section) {
        return;
      }
      int titleEnd = source.lineAt(section.start()).end();
      AgencyPhrases.Subject subject = AgencyPhrases.subject(text, section.textStart(), titleEnd);
      String title = text.substring(section.textStart(), titleEnd).replaceAll("[\\s:.]+$", "");
      // "2. Các bộ, ngành, địa phương có trách nhiệm:" names its body as well as "1. Sở Y tế" does.
      title = RESPONSIBLE_TAIL.matcher(title).replaceFirst("");
      if (subject == null || subject.predicate() < section.textStart() + title.length()
          || clauses.stream().anyMatch(t -> section.contains(t.start()))
          || tables.tableAt(section.start()).isPresent()) {
        return;
      }
      List<Sentence> under = sentences.within(titleEnd, section.end());
      under = under.stream().filter(x -> tables.tableAt(x.start()).isEmpty()).toList();
      if (under.isEmpty()) {
        return;
      }
      Sentence first = under.get(0);
      Range clause = first.clauses().get(0);
      AgencyPhrases.Predicate predicate = AgencyPhrases.predicate(text, clause.start(), clause.end());
      List<String> partners = new ArrayList<>(predicate.partners());
      if (partners.isEmpty()) {
        Matcher with = WITH.matcher(text).region(clause.start(), clause.end());
        if (with.find()) {
          AgencyPhrases.Subject p = AgencyPhrases.subject(text, with.end(), clause.end());
          if (p != null) {
            partners.addAll(AgencyPhrases.split(p.text()));
          }
        }
      }
      Passage work = Passage.of(text, source.lowerText(), titleEnd, section.end());
      Deadlines.Deadline deadline = Deadlines.first(work, documentYear);
      String deliverable = Deliverables.of(work);
      String action = action(text.substring(predicate.actionStart(), clause.end()), 0);
      out.add(task(source, path, subject, predicate, partners, action, deadline, deliverable,
          text.substring(section.textStart(), section.end()), null));
    });
    return out;
  }

  /** Each clause task's passage cut at the next one's start; its deadline and deliverable read there. */
  private List<Task> cutPassages(String text, String lower, List<Task> tasks, Integer documentYear) {
    List<Task> out = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      int end = t.start() + t.passage().length();
      if (i + 1 < tasks.size() && tasks.get(i + 1).start() < end) {
        end = tasks.get(i + 1).start();
      }
      Passage work = Passage.of(text, lower, t.start(), end);
      Deadlines.Deadline d = Deadlines.first(work, documentYear);
      String passage = text.substring(t.start(), end).replaceAll("\\s+", " ").strip();
      out.add(new Task(t.agency(), t.agencyCode(), t.role(), t.directs(), t.directsCode(), t.coAgencies(),
          t.coAgencyCodes(), t.action(), d == null ? null : d.text(), d == null ? null : d.value(),
          Deliverables.of(work), t.section(), t.sectionKind(), passage, t.line(), t.start(), t.end(),
          t.table()));
    }
    return out;
  }

  private Task task(SourceText source, List<Section> path, AgencyPhrases.Subject subject,
      AgencyPhrases.Predicate predicate, List<String> partners, String action, Deadlines.Deadline deadline,
      String deliverable, String passage, CellRef cell) {
    String agency = subject.text();
    boolean peers = AgencyPhrases.peers(agency).size() > 1;
    String role = predicate.leads() || !peers ? "lead" : "shared";
    Section deepest = path.get(path.size() - 1);
    return new Task(agency, agencies.code(agency), role, predicate.directs(), agencies.code(predicate.directs()),
        partners, agencies.codes(partners), action, deadline == null ? null : deadline.text(),
        deadline == null ? null : deadline.value(), deliverable, deepest.id(), kind(path),
        passage.replaceAll("\\s+", " ").strip(), source.position(subject.start()).line(), subject.start(),
        subject.end(), cell);
  }

  /** The part a passage stands in: the kind of the top-level node. */
  private static SectionKind kind(List<Section> path) {
    return path.get(0).kind() == SectionKind.OTHER && path.size() > 1 ? path.get(1).kind() : path.get(0).kind();
  }

  /** The first action of a text: up to its first ";" or ".", at most fifteen words. */
  static String action(String text, int from) {
    String s = text.substring(from).replaceAll("\\s+", " ").strip();
    s = s.replaceFirst("^[,:;\\s\\-+•*–]+", "").replaceFirst("^(?:chủ trì|làm đầu mối)\\s*,\\s*", "");
    int stop = s.length();
    for (char c : new char[] {';', '.', ':'}) {
      int at = s.indexOf(c);
      if (at >= 0) {
        stop = Math.min(stop, at);
      }
    }
    String[] words = s.substring(0, stop).strip().split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, ACTION_WORDS))).strip();
  }

  /** One task per body row of a task table that names a lead. */
  private List<Task> rows(SourceText source, Outline outline, TableView view, Integer documentYear) {
    List<Task> out = new ArrayList<>();
    Table table = view.table();
    int leadColumn = view.column(ColumnRole.LEAD);
    if (leadColumn < 0) {
      return out;
    }
    List<Section> path = outline.path(table.range().start());
    if (path.isEmpty()) {
      return out;
    }
    Section annex = path.stream().filter(s -> s.kind() == SectionKind.ANNEX).findFirst().orElse(null);
    for (TableView.Row row : view.rows()) {
      Cell lead = table.at(row.index(), leadColumn).orElse(null);
      if (row.group() || lead == null || lead.isEmpty()) {
        continue;
      }
      String item = view.text(row.index(), ColumnRole.ITEM);
      String deadlineCell = view.text(row.index(), ColumnRole.DEADLINE);
      Deadlines.Deadline deadline = deadlineCell.isEmpty() ? null : Deadlines.ofCell(deadlineCell, documentYear);
      String product = view.text(row.index(), ColumnRole.PRODUCT);
      String deliverable = product.isEmpty() ? null : Deliverables.ofProduct(product);
      if (deliverable == null) {
        deliverable = Deliverables.of(item, 0, item.length());
      }
      List<String> partners = AgencyPhrases.split(view.text(row.index(), ColumnRole.PARTNERS));
      String agency = lead.text();
      String section = annex != null ? annexSection(annex, row) : path.get(path.size() - 1).id();
      out.add(new Task(agency, agencies.code(agency), "lead", null, null, partners, agencies.codes(partners),
          action(item, 0), deadline == null ? (deadlineCell.isEmpty() ? null : deadlineCell) : deadline.text(),
          deadline == null ? null : deadline.value(), deliverable, section, kind(path), rowText(table, row.index()),
          source.position(lead.range().start()).line(), lead.range().start(), lead.range().end(),
          CellRef.of(table, lead)));
    }
    return out;
  }

  private static final Pattern ANNEX_NUMBER = Pattern.compile(
      "ph[uụ]\\s*l[uụ]c\\s+(?:số\\s+)?([ivxlc]+|\\d{1,3}|[a-zđ])(?![\\p{L}\\d])", FLAGS);

  private static String annexSection(Section annex, TableView.Row row) {
    Matcher m = ANNEX_NUMBER.matcher(annex.title());
    String number = m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT).replaceFirst("^0+(?=\\d)", "") : "";
    return (number.isEmpty() ? "PL" : "PL." + number) + "." + row.path();
  }

  private static String rowText(Table table, int row) {
    List<String> parts = new ArrayList<>();
    Cell last = null;
    for (int c = 0; c < table.columnCount(); c++) {
      Cell cell = table.at(row, c).orElse(null);
      if (cell != null && cell != last) {
        parts.add(cell.text());
        last = cell;
      }
    }
    return String.join(" | ", parts);
  }
}
