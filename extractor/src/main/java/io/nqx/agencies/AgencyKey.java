package io.nqx.agencies;

import io.nqx.facts.Provinces;
import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comparison key of a body's name: folded (case, tone marks, Ủy/Uỷ, đ), markup and punctuation gone,
 * abbreviations written out (UBND, HĐND, MTTQ, KH&CN, LĐ-TB&XH, TT&TT ...), "Việt Nam", counts ("04 xã") and a
 * province's name at the end left out, so that "Ban Tuyên giáo Tỉnh uỷ Lào Cai", "ban tuyen giao tinh uy" and
 * "Ban Tuyên giáo Tỉnh ủy" meet. Pure function.
 */
final class AgencyKey {
  private AgencyKey() {}

  /** Folded abbreviations, one token or two, and what they stand for. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("ubnd", "uy ban nhan dan"), Map.entry("hdnd", "hoi dong nhan dan"),
      Map.entry("mttq", "mat tran to quoc"), Map.entry("ubmttq", "uy ban mat tran to quoc"),
      Map.entry("ctxh", "chinh tri xa hoi"), Map.entry("bch", "ban chap hanh"), Map.entry("btv", "ban thuong vu"),
      Map.entry("ubkt", "uy ban kiem tra"), Map.entry("bhxh", "bao hiem xa hoi"),
      Map.entry("nhcsxh", "ngan hang chinh sach xa hoi"), Map.entry("nhnn", "ngan hang nha nuoc"),
      Map.entry("lhpn", "lien hiep phu nu"), Map.entry("vpcp", "van phong chinh phu"),
      Map.entry("kh cn", "khoa hoc va cong nghe"), Map.entry("khcn", "khoa hoc va cong nghe"),
      Map.entry("tt tt", "thong tin va truyen thong"), Map.entry("tttt", "thong tin va truyen thong"),
      Map.entry("ld tb xh", "lao dong thuong binh va xa hoi"), Map.entry("ldtbxh", "lao dong thuong binh va xa hoi"),
      Map.entry("gd dt", "giao duc va dao tao"), Map.entry("gddt", "giao duc va dao tao"),
      Map.entry("kh dt", "ke hoach va dau tu"), Map.entry("khdt", "ke hoach va dau tu"),
      Map.entry("vh tt dl", "van hoa the thao va du lich"), Map.entry("vhttdl", "van hoa the thao va du lich"),
      Map.entry("nn ptnt", "nong nghiep va phat trien nong thon"), Map.entry("nn mt", "nong nghiep va moi truong"),
      Map.entry("tn mt", "tai nguyen va moi truong"), Map.entry("gtvt", "giao thong van tai"));

  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?![\\p{L}\\d])");
  private static final List<String> PROVINCE_KEYS = provinceKeys();

  static String of(String name) {
    String folded = Fold.fold(name.replace('&', ' ').replace("-", " "));
    List<String> tokens = new ArrayList<>(List.of(folded.split(" ")));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String three = i + 2 < tokens.size() ? tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2) : null;
      String two = i + 1 < tokens.size() ? tokens.get(i) + " " + tokens.get(i + 1) : null;
      if (three != null && ABBREVIATIONS.containsKey(three)) {
        out.add(ABBREVIATIONS.get(three));
        i += 2;
      } else if (two != null && ABBREVIATIONS.containsKey(two)) {
        out.add(ABBREVIATIONS.get(two));
        i++;
      } else {
        out.add(ABBREVIATIONS.getOrDefault(tokens.get(i), tokens.get(i)));
      }
    }
    String key = String.join(" ", out).replace(" viet nam", "").replace(" va ", " ");
    key = NUMBER.matcher(key).replaceAll("").replaceAll("\\s+", " ").strip();
    for (String p : PROVINCE_KEYS) {
      if (key.endsWith(" " + p)) {
        key = key.substring(0, key.length() - p.length()).strip();
        break;
      }
    }
    return key.replaceAll("\\s+", " ").strip();
  }

  private static List<String> provinceKeys() {
    List<String> keys = new ArrayList<>();
    for (String p : Provinces.names()) {
      keys.add(Fold.fold(p.replace("-", " ")));
    }
    keys.sort((a, b) -> b.length() - a.length()); // "ba ria vung tau" before "vung tau"
    return keys;
  }
}
