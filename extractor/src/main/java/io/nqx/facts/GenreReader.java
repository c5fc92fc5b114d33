package io.nqx.facts;

import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.sections.Subkind;
import io.nqx.text.PhraseSet;
import java.util.regex.Pattern;

/**
 * Reads a document's {@link Genre} from what it says it is (its type line and the subject after it), how it is
 * built (goals with targets, articles), and for pages without front matter, the marks web pages leave (a
 * question as the title, a legal portal's Q&A furniture, an encyclopedia's notes).
 */
final class GenreReader {
  private GenreReader() {}

  /** A decision or resolution that issues a plan or programme ("ban hành Kế hoạch ..."). */
  private static final PhraseSet ISSUES_PLAN = PhraseSet.of("ban hành kế hoạch", "ban hành chương trình",
      "ban hành đề án", "ban hành chiến lược", "phê duyệt kế hoạch", "phê duyệt chương trình", "phê duyệt đề án",
      "phê duyệt chiến lược", "chương trình hành động", "kế hoạch hành động", "phê duyệt quy hoạch");
  private static final PhraseSet QA = PhraseSet.of("chuyên viên pháp lý", "tham vấn bởi luật sư", "quý khách",
      "nội dung chính", "căn cứ theo quy định", "theo quy định tại");
  private static final PhraseSet ENCYCLOPEDIA = PhraseSet.of("bài viết này", "xem thêm", "tham khảo", "wikipedia",
      "liên kết ngoài");
  private static final PhraseSet NEWS = PhraseSet.of("phóng viên", "ttxvn", "theo báo", "(pv)", "tin liên quan",
      "theo thông tin");
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d{1,3}\\]");

  static Genre read(SourceText text, Outline outline, String docType, String number) {
    String front = subject(text, outline);
    String head = text.text().substring(0, Math.min(text.text().length(), 3000));
    PhraseSet.Text headText = PhraseSet.Text.of(head);
    String firstLine = text.lines().isEmpty() ? "" : text.lineText(text.lines().get(0)).strip();
    if (number == null) {
      // A web page names a document in its title ("Nghị quyết 68 nêu rõ ...?") without being one: what the
      // page is shows in its furniture first.
      Genre page = page(text, headText, firstLine);
      if (page != null) {
        return page;
      }
    }
    boolean goals = outline.all().anyMatch(s -> s.kind() == SectionKind.MUC_TIEU && s.subkind() == Subkind.CHI_TIEU)
        || outline.all().anyMatch(s -> s.kind() == SectionKind.MUC_TIEU && !s.item());
    if (docType != null) {
      switch (docType) {
        case "chuong_trinh_hanh_dong", "chuong_trinh", "ke_hoach", "de_an":
          return Genre.PLAN;
        case "bao_cao":
          return Genre.REPORT;
        case "nghi_dinh", "thong_tu", "luat":
          return Genre.LEGAL_NORM;
        default:
          // A decision, resolution, directive or guidance: it issues a plan, or it sets rules.
          return ISSUES_PLAN.find(front).isPresent() || goals ? Genre.PLAN : Genre.REGULATION;
      }
    }
    return goals ? Genre.PLAN : Genre.OTHER;
  }

  /** The genre of a web page by its marks (a question for a title, Q&A furniture, notes), or null. */
  private static Genre page(SourceText text, PhraseSet.Text head, String firstLine) {
    if (firstLine.endsWith("?") || QA.findAll(head).size() >= 2) {
      return Genre.QA;
    }
    if (ENCYCLOPEDIA.find(head).isPresent() || FOOTNOTE.matcher(text.text()).results().count() >= 3) {
      return Genre.ENCYCLOPEDIA;
    }
    if (NEWS.find(head).isPresent()) {
      return Genre.NEWS;
    }
    return null;
  }

  /** The title line and what follows it in the front matter: the document's subject. */
  private static String subject(SourceText text, Outline outline) {
    for (Section s : outline.sections()) {
      if (s.kind() == SectionKind.FRONT_MATTER) {
        String all = text.text();
        int at = all.indexOf(s.title(), s.start());
        int from = at >= 0 && at < s.end() ? at : s.start();
        return all.substring(from, Math.min(s.end(), from + 600));
      }
    }
    return "";
  }
}
