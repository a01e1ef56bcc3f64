package vn.ct15.workflow.periodicreport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines in which the drafted report quotes the units, bounded so that the report keeps its
 * length whatever they wrote and however many they are ({@link PeriodicReportProperties.Draft}):
 * the issues they raised, the same issue once with the units that raised it, most raised first; their
 * notable models, a line per unit; each cut to a length, the rest counted in a closing line that
 * points to the annex of their full texts.
 */
final class DraftLines {

  static final String ANNEX = "Tập hợp báo cáo của các cơ quan, đơn vị kèm theo";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  /** A list mark or a number at the start of a line: "- ", "+ ", "• ", "1. ", "a) ". */
  private static final Pattern MARK = Pattern.compile("^(?:[-+*•–]+|\\d{1,2}[.)]|[a-zđ][)])\\s*");
  private static final Pattern END = Pattern.compile("[\\s.;,:!]+$");

  /** What one unit wrote under a heading. */
  record Quote(String unit, String text) {}

  private DraftLines() {}

  /**
   * The issues raised under a heading (shortcomings, difficulties, proposals): each line of a unit's
   * text is an issue; the same issue written by several units (letter case, spaces, list marks and the
   * final stop aside) is one line naming them all; the issues most raised come first.
   */
  static List<String> issues(List<Quote> quotes, PeriodicReportProperties.Draft limits) {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Set<String>> raisedBy = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      for (String issue : items(quote.text())) {
        String key = key(issue);
        texts.putIfAbsent(key, issue);
        raisedBy.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(quote.unit());
      }
    }
    List<String> keys = new ArrayList<>(texts.keySet());
    keys.sort((a, b) -> raisedBy.get(b).size() - raisedBy.get(a).size());
    List<String> lines = new ArrayList<>();
    for (String key : keys.subList(0, Math.min(keys.size(), limits.linesPerHeading()))) {
      lines.add(cut(texts.get(key), limits.lineLength()) + " (" + names(List.copyOf(raisedBy.get(key)), limits.namesPerLine())
          + ").");
    }
    if (keys.size() > limits.linesPerHeading()) {
      Set<String> others = new LinkedHashSet<>();
      keys.subList(limits.linesPerHeading(), keys.size()).forEach(key -> others.addAll(raisedBy.get(key)));
      lines.add("Ngoài ra, " + (keys.size() - limits.linesPerHeading()) + " ý kiến khác của " + others.size()
          + " cơ quan, đơn vị (chi tiết tại " + ANNEX + ").");
    }
    return lines;
  }

  /** A line per unit: "Ủy ban nhân dân phường Nam Sơn: Mô hình «Tổ dân phố tự quản»; Mô hình …". */
  static List<String> byUnit(List<Quote> quotes, PeriodicReportProperties.Draft limits, String othersLine) {
    List<String> lines = new ArrayList<>();
    for (Quote quote : quotes.subList(0, Math.min(quotes.size(), limits.linesPerHeading()))) {
      String line = cut(String.join("; ", items(quote.text())), limits.lineLength());
      lines.add(quote.unit() + ": " + line + (line.endsWith("…") ? "" : "."));
    }
    if (quotes.size() > limits.linesPerHeading()) {
      lines.add("Ngoài ra, " + (quotes.size() - limits.linesPerHeading()) + " " + othersLine + " (chi tiết tại " + ANNEX + ").");
    }
    return lines;
  }

  /** "Phường A, Phường B và 3 cơ quan, đơn vị khác". */
  static String names(List<String> units, int most) {
    if (units.size() <= most) {
      return String.join(", ", units);
    }
    return String.join(", ", units.subList(0, most)) + " và " + (units.size() - most) + " cơ quan, đơn vị khác";
  }

  /** The text up to {@code length} characters, cut at a word and ended with "…" when longer. */
  static String cut(String text, int length) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= length) {
      return flat;
    }
    int space = flat.lastIndexOf(' ', length - 1);
    return END.matcher(flat.substring(0, space > length / 2 ? space : length - 1)).replaceFirst("") + "…";
  }

  /** The lines of a unit's text, without list marks and final stops; blank lines left out. */
  private static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String item = END.matcher(MARK.matcher(line.strip()).replaceFirst("")).replaceFirst("");
      if (!item.isBlank()) {
        items.add(item);
      }
    }
    return items;
  }

  private static String key(String issue) {
    return Normalizer.normalize(issue, Normalizer.Form.NFC).toLowerCase(VIETNAMESE).replaceAll("\\s+", " ");
  }
}
