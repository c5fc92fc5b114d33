package io.nqx.targets;

import io.nqx.agencies.AgencyPhrases;
import io.nqx.document.Doc;
import io.nqx.facts.DocumentInfo;
import io.nqx.facts.Genre;
import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.sections.Subkind;
import io.nqx.sentences.Sentence;
import io.nqx.sentences.Sentences;
import io.nqx.tables.TableView;
import io.nqx.tables.Tables;
import io.nqx.text.Fold;
import io.nqx.text.Letters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls every numeric target out of a document: finds number expressions clause by clause, ties each to the
 * indicator phrase that names it (after the value, "46% lực lượng lao động ... tham gia bảo hiểm xã hội";
 * before it, "tỷ lệ thất nghiệp khu vực thành thị dưới 2%"; carried over in a list; distributed over
 * coordinated subjects), and keeps those that are quantities a plan commits to. Thread-safe.
 */
final class TargetExtractor {
  /** Parts of a document whose numbers are never targets (annexes are read, but for forms and lists). */
  private static final Set<SectionKind> NO_TARGETS = EnumSet.of(SectionKind.FRONT_MATTER,
      SectionKind.BACK_MATTER);
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?:năm|Năm)\\s+((?:19|20)\\d\\d)(?![\\d/-])");
  private static final Pattern YEAR_IN_HEADING = Pattern.compile("(?:năm|đến|Đến|NĂM|ĐẾN)\\s+((?:19|20)\\d\\d)(?![\\p{L}\\d])");
  /** After a counted noun: per ten thousand people, or (group 1) per thousand. */
  private static final Pattern PER_POPULATION_AFTER = Pattern.compile(
      "\\s*(?:trên|/)\\s*(?:10\\.000|10 000|1\\s+vạn|một\\s+vạn|vạn|(1\\.000|1 000|nghìn|ngàn|một nghìn))\\s+(?:dân|người)(?![\\p{L}\\d])");
  private static final Pattern DENOMINATOR = Pattern.compile(
      "(?:trên|/)\\s*(?:10\\.000|10 000|1\\s+vạn|một\\s+vạn|vạn)\\s+dân", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONDITION =
      Pattern.compile("(?<![\\p{L}\\d])(?:cac|nhung|mot so)(?![\\p{L}\\d])(?:\\s+\\S+){0,6}\\s+co\\s+t[iy]\\s+le(?![\\p{L}\\d])");
  /** Between two numbers: the first qualifies the indicator of the second ("01 Gb/s đạt 100%"). */
  private static final Pattern QUALIFIES_NEXT = Pattern.compile("\\s*(?:đạt|là|đạt mức|đạt tỷ lệ|đạt tỉ lệ)\\s*");
  private static final Pattern URBAN = Pattern.compile("(?<![\\p{L}\\d])(?:thanh thi|do thi)(?![\\p{L}\\d])");
  private static final Pattern RURAL = Pattern.compile("(?<![\\p{L}\\d])nong thon(?![\\p{L}\\d])");
  /** A value followed by its noun phrase names its indicator within this many words. */
  private static final int VALUE_FIRST_WORDS = 10;
  /** A cue the value stands inside starts at most this many characters before it ("Xóa 100% nhà tạm"). */
  private static final int ADJACENT_CHARS = 12;

  private final Taxonomy taxonomy;
  private final CueFinder cues;
  private final TableTargets tableTargets;

  TargetExtractor(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.cues = new CueFinder(taxonomy.indicators());
    this.tableTargets = new TableTargets(taxonomy, cues);
  }

  /**
   * Every quantity of a document that has its outline, sentences, tables and facts, with its kind, in document
   * order: the running text sentence by sentence, the cells of tables that are no target tables as text, and
   * the value cells of target tables through {@link TableTargets}.
   */
  List<Target> extract(Doc doc) {
    SourceText text = doc.text();
    Outline outline = doc.get(Outline.LAYER);
    DocumentInfo info = doc.get(DocumentInfo.LAYER);
    DocContext context = new DocContext(text, outline, info.genre(),
        info.year() != null ? info.year() : DocumentYear.estimate(text.text(), text.lowerText()));
    List<TableContext> tables = TableContext.of(context, doc.get(Tables.LAYER));
    List<Target> out = new ArrayList<>();
    TextLine line = null;
    List<Section> path = List.of();
    int t = 0;
    for (Sentence sentence : doc.get(Sentences.LAYER).all()) {
      if (line == null || sentence.start() >= line.end()) {
        line = text.lineAt(sentence.start());
        path = outline.path(line.start());
      }
      while (t < tables.size() && tables.get(t).table().range().end() <= sentence.start()) {
        t++;
      }
      TableContext table = t < tables.size() && tables.get(t).table().range().start() <= sentence.start()
          ? tables.get(t) : null;
      if (table != null) {
        Place place = table.read() ? table.table().cellAt(sentence.start()).map(table::place).orElse(null) : null;
        if (place != null && !NO_TARGETS.contains(table.path().get(table.path().size() - 1).kind())) {
          for (Range clause : sentence.clauses()) {
            extractClause(context, place, "", sentence, clause, out);
          }
        }
        continue;
      }
      if (path.isEmpty() || NO_TARGETS.contains(path.get(path.size() - 1).kind())) {
        continue;
      }
      Section deepest = path.get(path.size() - 1);
      if (!deepest.item() && deepest.start() == line.start()) {
        continue; // a heading's own line: its numbers are its label and its period
      }
      if (deepest.kind() == SectionKind.ANNEX && !TableContext.annexRead(text, path)) {
        continue;
      }
      String leadIn = ListLeadIn.of(text, line, deepest);
      for (Range clause : sentence.clauses()) {
        extractClause(context, Place.prose(path), leadIn, sentence, clause, out);
      }
    }
    for (TableContext table : tables) {
      List<Section> at = table.path();
      if (table.read() && table.view().kind() == TableView.Kind.TARGETS
          && !NO_TARGETS.contains(at.get(at.size() - 1).kind())) {
        out.addAll(tableTargets.read(context, table));
      }
    }
    out.sort(Comparator.comparingInt(Target::start)); // stable: the codes of one value keep their order
    return out;
  }

  private void extractClause(DocContext context, Place place, String leadIn, Sentence sentence, Range clause,
      List<Target> out) {
    String all = context.text().text();
    List<Mention> mentions = MentionFinder.find(all, clause.start(), clause.end());
    if (mentions.isEmpty()) {
      return;
    }
    TokenIndex words = TokenIndex.of(all, clause.start(), clause.end());
    List<CueMatch> matches = new ArrayList<>();
    for (CueMatch m : cues.matches(words.keys())) {
      List<Range> parts = new ArrayList<>();
      for (Range p : m.parts()) {
        parts.add(new Range(words.start(p.start()), words.end(p.end() - 1)));
      }
      matches.add(new CueMatch(m.code(), parts, m.letters()));
    }
    String previousCode = null;
    Set<CueMatch> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      int segStart = i == 0 ? clause.start() : mentions.get(i - 1).end();
      int segEnd = i + 1 < mentions.size() ? mentions.get(i + 1).start() : clause.end();
      // "các xã có tỷ lệ hộ nghèo từ 40% trở lên": a condition; it names no subject for the values after it.
      boolean condition = CONDITION.matcher(Fold.fold(all.substring(segStart, mention.start()))).find();
      // "tốc độ 01 Gb/s đạt 100%": a number right before another one's verb qualifies the indicator.
      // A share before a level ("90% đạt cấp độ 5") is two targets; a measure before a share is one.
      boolean qualifiesNext = i + 1 < mentions.size() && mention.unit() != Mention.UnitKind.PERCENT
          && mentions.get(i + 1).unit() == Mention.UnitKind.PERCENT
          && QUALIFIES_NEXT.matcher(all.substring(mention.end(), mentions.get(i + 1).start())).matches();
      // A target table's item cell that ends with a number ("... tốc độ trên 1Gb/s" | "%" | "100%"): the
      // number qualifies the row's value, as one right before "đạt 100%" does in a sentence.
      qualifiesNext |= place.rowItem() && i + 1 == mentions.size()
          && all.substring(mention.end(), clause.end()).matches("[\\s.,;:)]*");
      Attribution attribution = attribute(all, words, matches, used, mention, segStart, segEnd, previousCode);
      boolean kept = false;
      for (Map.Entry<String, CueMatch> e : attribution.codes().entrySet()) {
        Reading reading = target(context, place, leadIn, sentence, clause, mention, e.getKey(), e.getValue(),
            attribution, segStart, segEnd, condition, qualifiesNext);
        out.add(reading.target());
        if (reading.quantity() && !condition && !qualifiesNext) {
          kept = true;
          if (e.getValue() != null) {
            used.add(e.getValue()); // a phrase names one value; the next value must find its own
          }
        }
      }
      previousCode = kept && attribution.carries() ? attribution.codes().keySet().iterator().next() : null;
    }
  }

  /** How a mention was tied to its indicators. */
  private enum Source { UNIT, AFTER, BEFORE, CARRIED, NONE }

  /** The indicators of a mention (code to the phrase that named it, null when carried or unnamed). */
  private record Attribution(Map<String, CueMatch> codes, Source source) {
    /** Whether the next value of the list may take this subject over. */
    boolean carries() {
      return source == Source.BEFORE || source == Source.CARRIED || source == Source.UNIT;
    }
  }

  private Attribution attribute(String all, TokenIndex words, List<CueMatch> matches, Set<CueMatch> used,
      Mention m, int segStart, int segEnd, String previousCode) {
    CueMatch unitCue = null;
    CueMatch around = null;
    int adjacent = Math.max(segStart, m.start() - ADJACENT_CHARS);
    for (CueMatch c : matches) {
      if (used.contains(c)) {
        continue;
      }
      // A cue in the unit itself ("60 lít/người/ngày", "74.900 căn hộ nhà ở xã hội", "đô thị 32,7 m² sàn/người").
      boolean inUnit = c.parts().stream().anyMatch(p -> p.start() >= m.numberEnd() && p.start() < m.end());
      boolean restBefore = c.parts().stream().allMatch(p -> (p.start() >= m.numberEnd() && p.start() < m.end())
          || (p.start() >= segStart && p.end() <= m.start()));
      if (inUnit && restBefore && (unitCue == null || c.letters() > unitCue.letters())) {
        unitCue = c;
      }
      // A cue the value stands inside: "Xóa 100% nhà tạm, nhà dột nát".
      boolean straddles = c.start() >= adjacent && c.start() < m.start() && c.end() > m.end()
          && c.parts().stream().anyMatch(p -> p.end() <= m.start())
          && c.parts().stream().anyMatch(p -> p.start() >= m.end());
      if (straddles && (around == null || c.letters() > around.letters())) {
        around = c;
      }
    }
    if (unitCue != null) {
      return single(unitCue.code(), unitCue, Source.UNIT);
    }
    if (around != null) {
      return single(around.code(), around, Source.AFTER);
    }
    Map<String, CueMatch> after = new LinkedHashMap<>();
    int limit = wordLimit(words, m.end(), segEnd);
    matches.stream()
        .filter(c -> !used.contains(c) && c.start() >= m.end() && c.start() < limit)
        .sorted(Comparator.comparingInt(CueMatch::start).thenComparing(c -> -c.letters()))
        .forEach(c -> after.putIfAbsent(c.code(), c));
    // The phrase that ends nearest before the value; of two ending there, the longer (more specific) one.
    CueMatch before = null;
    for (CueMatch c : matches) {
      int last = c.lastPartStart();
      if (!used.contains(c) && last >= segStart && last < m.numberStart() && c.end() <= m.numberStart()
          && (before == null || c.end() > before.end()
              || (c.end() == before.end() && c.letters() > before.letters()))) {
        before = c;
      }
    }
    boolean valueFirst = startsWithWord(all, m.end(), segEnd);
    if (valueFirst && !after.isEmpty()) {
      return new Attribution(after, Source.AFTER);
    }
    if (before != null) {
      return single(before.code(), before, Source.BEFORE);
    }
    if (previousCode != null) {
      return single(qualified(previousCode, Fold.fold(all.substring(segStart, m.start()))), null, Source.CARRIED);
    }
    if (!after.isEmpty()) {
      return new Attribution(after, Source.AFTER);
    }
    return single(Indicator.OTHER, null, Source.NONE);
  }

  private static Attribution single(String code, CueMatch match, Source source) {
    Map<String, CueMatch> map = new LinkedHashMap<>();
    map.put(code, match);
    return new Attribution(map, source);
  }

  /** The offset at which the first {@value #VALUE_FIRST_WORDS} words after {@code from} end. */
  private static int wordLimit(TokenIndex words, int from, int segEnd) {
    int w = words.wordAtOrAfter(from) + VALUE_FIRST_WORDS;
    return w < words.size() ? Math.min(segEnd, words.start(w)) : segEnd;
  }

  private static boolean startsWithWord(String all, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = all.charAt(i);
      if (c == ' ') {
        continue;
      }
      return Character.isLetter(c);
    }
    return false;
  }

  /**
   * A subject carried to the next value of a list takes the urban or rural variant its qualifier names
   * ("... dân cư đô thị đạt 100%, nông thôn đạt 98%"), when the taxonomy has one.
   */
  private String qualified(String code, String foldedBefore) {
    String base = code.replaceFirst("_(?:urban|rural)$", "");
    if (RURAL.matcher(foldedBefore).find() && taxonomy.get(base + "_rural").isPresent()) {
      return base + "_rural";
    }
    if (URBAN.matcher(foldedBefore).find() && taxonomy.get(base + "_urban").isPresent()) {
      return base + "_urban";
    }
    return code;
  }

  /** A number read as a row, and whether it is a quantity an indicator can own (not an age, a bare number). */
  private record Reading(Target target, boolean quantity) {}

  private Reading target(DocContext context, Place place, String leadIn, Sentence sentence, Range clause,
      Mention m, String code, CueMatch cue, Attribution attribution, int segStart, int segEnd, boolean condition,
      boolean qualifiesNext) {
    SourceText text = context.text();
    String all = text.text();
    String indicatorUnit = taxonomy.get(code).map(Indicator::unit).filter(u -> !u.isEmpty()).orElse(null);
    String unit;
    String unitText = m.unitText();
    int end = m.end();
    String notAQuantity = null; // why the number is no quantity an indicator can own
    boolean count = false;
    boolean newCount = false; // a counted noun no indicator names: it hands no subject to the next value
    switch (m.unit()) {
      case AGE, DURATION -> {
        // "75 tuổi" of a life expectancy, "68 năm" of healthy life; any other "5 tuổi", "9 năm" qualifies.
        boolean named = attribution.source() == Source.BEFORE || attribution.source() == Source.UNIT;
        unit = "years";
        if (!"years".equals(indicatorUnit) || !named) {
          notAQuantity = m.unit() == Mention.UnitKind.AGE ? "age" : "duration";
        }
      }
      case NONE -> {
        Matcher d = DENOMINATOR.matcher(all).region(clause.start(), clause.end());
        boolean denominator = d.find();
        boolean perPopulation = "per_10k_population".equals(indicatorUnit);
        if ((perPopulation || "units".equals(indicatorUnit)) && attribution.source() == Source.AFTER) {
          end = Math.max(end, cue.end()); // "35 giường bệnh viện": the counted noun is part of the value
          unitText = denominator ? d.group() : all.substring(m.end(), cue.end()).strip();
          // Beds counted without "trên 10.000 dân" are a count, not a rate per population.
          unit = perPopulation && !denominator ? "units" : indicatorUnit;
          count = !perPopulation || !denominator;
        } else if (perPopulation && denominator) {
          unitText = d.group(); // "Số giường bệnh/vạn dân đạt 32"
          unit = indicatorUnit;
        } else if ("index".equals(indicatorUnit) || "level".equals(indicatorUnit)) {
          unit = indicatorUnit;
        } else {
          Range noun = CountedNoun.after(all, m.end(), segEnd);
          Matcher per = noun == null ? null : PER_POPULATION_AFTER.matcher(all).region(noun.end(), segEnd);
          if (noun != null && per.lookingAt()) {
            // "12 người trên một vạn dân": a count per so many people
            unit = per.group(1) == null ? "per_10k_population" : "per_1k_population";
            unitText = all.substring(noun.start(), per.end());
            end = per.end();
            newCount = true;
          } else if (noun != null) {
            unit = "units"; // "05 dự án", "2 triệu doanh nghiệp"
            unitText = all.substring(noun.start(), noun.end());
            end = noun.end();
            count = true;
            newCount = true;
          } else {
            unit = "number";
            notAQuantity = "bare number";
          }
        }
      }
      case SQUARE_METRES -> unit = "m2_per_person".equals(indicatorUnit) ? indicatorUnit : m.unit().id;
      case RATE -> unit = indicatorUnit != null ? indicatorUnit : snakeCase(m.unitText());
      case DWELLINGS -> {
        unit = m.unitCode();
        count = true;
      }
      default -> unit = m.unitCode();
    }
    String indicatorText = cue != null ? phrase(all, cue, m) : fallbackPhrase(all, m, segStart, segEnd, attribution);
    if (attribution.source() == Source.UNIT) {
      // The unit chose the code ("4%/năm"); the phrase before the value names it better ("Tỷ lệ nghèo đa chiều").
      indicatorText = namedBefore(all, code, m, segStart).orElse(indicatorText);
    }
    String finalCode = code;
    if (indicatorUnit != null && !compatible(indicatorUnit, unit)) {
      finalCode = Indicator.OTHER; // "100% vốn điều lệ" is no nurses-per-10k figure whatever cue it holds
    }
    List<Section> path = place.path();
    Section section = innermostHeading(path);
    Section deepest = path.get(path.size() - 1);
    List<String> headings = new ArrayList<>(headings(path));
    headings.addAll(place.headings());
    Commitments.Decision decision;
    if (notAQuantity != null && !"bare number".equals(notAQuantity)) {
      decision = new Commitments.Decision(Kind.OTHER, List.of("other:" + notAQuantity));
    } else if (qualifiesNext) {
      decision = new Commitments.Decision(Kind.OTHER, List.of("other:qualifies the next value"));
    } else {
      decision = Commitments.classify(new Commitments.Context(context.genre(), context.year(),
          place.ruleKind() != null ? place.ruleKind() : deepest.kind(), subkind(path), headings, place.tableYear(), leadIn, text.lineText(text.lineAt(m.start())),
          all.substring(sentence.start(), m.numberStart()), all.substring(segStart, m.numberStart()),
          all.substring(end, Math.max(end, segEnd)), m, unit, !Indicator.OTHER.equals(finalCode), count, condition,
          qualifiesShare(all, clause, segStart, m)));
      if (notAQuantity != null && decision.kind() == Kind.TARGET) {
        // A number without a unit or an indicator is no target whatever surrounds it; a rule's "hệ số 2,34" is
        // still the rule's.
        List<String> evidence = new ArrayList<>(List.of("other:" + notAQuantity));
        evidence.addAll(decision.evidence());
        decision = new Commitments.Decision(Kind.OTHER, evidence);
      }
    }
    Integer year = year(all, sentence, clause, m, path, place.tableYear());
    String sentenceText = all.substring(sentence.start(), sentence.end()).strip();
    AgencyPhrases.Named agencies = place.inTable() ? new AgencyPhrases.Named(place.lead(), place.partners())
        : context.agencies(sentenceText);
    Target target = new Target(finalCode, indicatorText, m.comparator(), m.value(), m.valueMax(), unit, unitText,
        year, place.section() != null ? place.section() : section.id(), section.kind(),
        all.substring(m.start(), end).strip(), sentenceText, text.position(m.numberStart()).line(), m.start(), end,
        decision.kind(), decision.evidence(), agencies.lead(), agencies.partners(), place.cell());
    return new Reading(target, notAQuantity == null && !newCount);
  }

  /**
   * Whether a number stands inside the indicator phrase of a share right before it, with no comma between:
   * "70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh", "100% cơ quan sử dụng ít nhất 01 ứng dụng AI".
   */
  private static boolean qualifiesShare(String all, Range clause, int segStart, Mention m) {
    if (segStart == clause.start()) {
      return false; // the first number of its clause
    }
    String between = all.substring(segStart, m.start());
    return segStart >= 1 && all.charAt(segStart - 1) == '%' && between.indexOf(',') < 0 && between.indexOf(';') < 0
        && between.indexOf(':') < 0;
  }

  /** Whether a value in {@code unit} can be a figure of an indicator measured in {@code indicatorUnit}. */
  private static boolean compatible(String indicatorUnit, String unit) {
    return indicatorUnit.equals(unit);
  }

  /** Under MỤC TIÊU, the kind of goal the innermost heading names, else null. */
  static Subkind subkind(List<Section> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i).subkind() != null) {
        return path.get(i).subkind();
      }
    }
    return null;
  }

  /** The titles of the headings above a line, outermost first (numbered paragraphs are no headings). */
  private static List<String> headings(List<Section> path) {
    List<String> out = new ArrayList<>();
    for (Section s : path) {
      if (!s.item()) {
        out.add(s.title());
      }
    }
    return out;
  }

  /** The longest phrase of {@code code} that ends before the value in its segment. */
  private Optional<String> namedBefore(String all, String code, Mention m, int segStart) {
    TokenIndex words = TokenIndex.of(all, segStart, m.start());
    CueMatch best = null;
    for (CueMatch c : cues.matches(words.keys())) {
      if (c.code().equals(code) && (best == null || c.letters() > best.letters())) {
        best = c;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(all.substring(words.start(best.start()), words.end(best.end() - 1)).strip());
  }

  /** A unit written in words as a snake_case code: "con/phụ nữ" is con_per_phu_nu. */
  static String snakeCase(String unitText) {
    String perSlash = unitText.replace("/", " per ");
    return Fold.fold(perSlash).replace(' ', '_');
  }

  /** The text of a cue match, cut before the value when the match runs across it. */
  private static String phrase(String all, CueMatch cue, Mention m) {
    int start = cue.start();
    int end = cue.end();
    if (start < m.start() && end > m.start()) {
      end = m.start();
    }
    return all.substring(start, end).strip().replaceAll("[\\s,;:(]+$", "");
  }

  /**
   * For a value whose indicator is not in the taxonomy: the words that name it, before the value (after the
   * last colon or comma, without the leading verb), else the words after it.
   */
  private static String fallbackPhrase(String all, Mention m, int segStart, int segEnd, Attribution attribution) {
    String before = all.substring(segStart, m.start());
    int cut = Math.max(Math.max(before.lastIndexOf(':'), before.lastIndexOf(',')), before.lastIndexOf('('));
    String phrase = LEADING_VERB.matcher(before.substring(cut + 1).strip()).replaceFirst("").strip();
    if (Letters.splitOnWhitespace(phrase).length >= 2) {
      return lastWords(phrase, 10);
    }
    if (startsWithWord(all, m.end(), segEnd)) {
      String after = all.substring(m.end(), segEnd).strip();
      int stop = after.length();
      for (char c : new char[] {',', ';', '.', ':', ')'}) {
        int at = after.indexOf(c);
        if (at >= 0) {
          stop = Math.min(stop, at);
        }
      }
      return firstWords(after.substring(0, stop), 10);
    }
    return phrase;
  }

  private static final Pattern LEADING_VERB = Pattern.compile(
      "^(?:(?:[Pp]hấn đấu|[Bb]ảo đảm|[Đđ]ảm bảo|[Đđ]ạt|[Cc]ó|[Dd]uy trì|[Tt]rong đó|[Đđ]ến năm \\d{4})[\\s,:]*)+");

  private static String lastWords(String s, int n) {
    String[] words = Letters.splitOnWhitespace(s.strip());
    return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
  }

  private static String firstWords(String s, int n) {
    String[] words = Letters.splitOnWhitespace(s.strip());
    return String.join(" ", Arrays.copyOf(words, Math.min(words.length, n)));
  }

  /**
   * The year of the clause ("trong năm 2024"), else one said earlier in the sentence ("Phấn đấu đến năm
   * 2030, ..."), else the one its table gives, else the nearest heading's ("Các chỉ tiêu chủ yếu đến năm
   * 2030"), else null.
   */
  private static Integer year(String all, Sentence sentence, Range clause, Mention m, List<Section> path,
      Integer tableYear) {
    Integer inClause = nearestYear(all, clause.start(), clause.end(), m, false);
    if (inClause != null) {
      return inClause;
    }
    Integer earlier = nearestYear(all, sentence.start(), m.start(), m, true);
    if (earlier != null) {
      return earlier;
    }
    if (tableYear != null) {
      return tableYear; // the year a table's row or column gives ("Đến năm 2030", a deadline of 12/2025)
    }
    return headingYear(path);
  }

  /** The year of the nearest heading that names one ("Các chỉ tiêu chủ yếu đến năm 2030"), or null. */
  static Integer headingYear(List<Section> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i).item()) {
        continue;
      }
      Matcher h = YEAR_IN_HEADING.matcher(path.get(i).title());
      if (h.find()) {
        return Integer.valueOf(h.group(1));
      }
    }
    return null;
  }

  /** The year nearest the value in [from, to), or the last one before it when {@code beforeOnly}. */
  private static Integer nearestYear(String all, int from, int to, Mention m, boolean beforeOnly) {
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher y = YEAR_IN_TEXT.matcher(all).region(from, Math.max(from, to));
    while (y.find()) {
      int distance = y.start() < m.start() ? m.start() - y.end() : y.start() - m.end();
      if ((!beforeOnly || y.start() < m.start()) && distance < bestDistance) {
        best = Integer.valueOf(y.group(1));
        bestDistance = distance;
      }
    }
    return best;
  }

  static Section innermostHeading(List<Section> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (!path.get(i).item()) {
        return path.get(i);
      }
    }
    return path.get(path.size() - 1);
  }
}
