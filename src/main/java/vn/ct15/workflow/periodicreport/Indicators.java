package vn.ct15.workflow.periodicreport;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.UnitKind;

/**
 * The figures a periodic report asks of the units, read from the indicator file
 * ({@code ct15.report.indicators}) and checked at start: each fault is named by the file and the
 * entry ({@code indicators[3] (donDaGiaiQuyet).atMost}) in Vietnamese, and the start stops.
 */
@Component
class Indicators {

  /** A figure's key is the variable it is kept in on the unit's report. */
  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{1,40}");

  private final Map<String, String> parts;
  private final List<Indicator> all;

  Indicators(Settings settings) {
    File file = read(settings.indicators());
    // in the file's order: the form and the spreadsheet follow it
    this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(file.parts()));
    this.all = List.copyOf(file.indicators());
  }

  /** Where the indicator file is. */
  @ConfigurationProperties("ct15.report")
  record Settings(Resource indicators) {}

  /** The shape of the indicator file. */
  record File(LinkedHashMap<String, String> parts, List<Indicator> indicators) {}

  /**
   * A figure of the report.
   *
   * @param units for a computed count: the key of the figure whose non-zero units it counts
   * @param ratio for a computed ratio: the keys of its two totals
   */
  record Indicator(String key, String label, String unit, String part, List<UnitKind> kinds, String atMost, String units,
      Ratio ratio) {

    Indicator {
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** Units enter it (not computed from other figures). */
    boolean entered() {
      return units == null && ratio == null;
    }

    /** Whether a unit of this kind reports it (every reporting kind when the file names none). */
    boolean appliesTo(UnitKind kind) {
      return kinds.isEmpty() || kinds.contains(kind);
    }

    /** "Đơn đã giải quyết (đơn)". */
    String labelWithUnit() {
      return label + " (" + unit + ")";
    }
  }

  record Ratio(String numerator, String denominator) {}

  /** The parts' headings, by key, in the file's order. */
  Map<String, String> parts() {
    return parts;
  }

  List<Indicator> all() {
    return all;
  }

  /** The figures units enter. */
  List<Indicator> entered() {
    return all.stream().filter(Indicator::entered).toList();
  }

  /** The keys of the figures units enter: the variables read from their reports. */
  List<String> enteredKeys() {
    return entered().stream().map(Indicator::key).toList();
  }

  private static File read(Resource resource) {
    String name = resource.getDescription();
    File file;
    try (InputStream in = resource.getInputStream()) {
      file = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(in, File.class);
    } catch (StreamReadException syntax) {
      throw syntaxError(name, syntax);
    } catch (JsonMappingException mapping) {
      if (mapping.getCause() instanceof StreamReadException syntax) {
        throw syntaxError(name, syntax);
      }
      String at = mapping.getLocation() == null ? "" : "dòng " + mapping.getLocation().getLineNr() + ": ";
      throw new IndicatorFileException("Tệp chỉ tiêu " + name + " không hợp lệ: " + at + mapping.getOriginalMessage()
          .lines().findFirst().orElse("").strip(), mapping);
    } catch (IOException unreadable) {
      throw new IndicatorFileException("Không đọc được tệp chỉ tiêu " + name + " (ct15.report.indicators): "
          + unreadable.getMessage(), unreadable);
    }
    if (file == null || file.parts() == null || file.indicators() == null) {
      throw new IndicatorFileException("Tệp chỉ tiêu " + name + " không hợp lệ: cần hai phần parts và indicators.", null);
    }
    List<String> faults = check(file);
    if (!faults.isEmpty()) {
      throw new IndicatorFileException("Tệp chỉ tiêu " + name + " không hợp lệ (" + faults.size() + " lỗi):\n- "
          + String.join("\n- ", faults), null);
    }
    return file;
  }

  private static IndicatorFileException syntaxError(String name, StreamReadException syntax) {
    String line = syntax.getLocation() == null ? "" : "dòng " + syntax.getLocation().getLineNr() + ": ";
    return new IndicatorFileException("Tệp chỉ tiêu " + name + " không hợp lệ: " + line + "sai cú pháp YAML ("
        + syntax.getOriginalMessage().lines().findFirst().orElse("").strip() + ")", syntax);
  }

  /** Every fault of the file, by entry. */
  static List<String> check(File file) {
    List<String> faults = new ArrayList<>();
    Map<String, Indicator> byKey = new LinkedHashMap<>();
    for (Indicator indicator : file.indicators()) {
      if (indicator.key() != null) {
        byKey.putIfAbsent(indicator.key(), indicator);
      }
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < file.indicators().size(); i++) {
      Indicator indicator = file.indicators().get(i);
      String entry = "indicators[" + i + "]" + (indicator.key() == null ? "" : " (" + indicator.key() + ")");
      if (indicator.key() == null || !KEY.matcher(indicator.key()).matches()) {
        faults.add(entry + ".key: mã chỉ tiêu «" + indicator.key() + "» không hợp lệ (chữ cái và chữ số, bắt đầu bằng chữ thường)");
      } else if (!keys.add(indicator.key())) {
        faults.add(entry + ".key: mã chỉ tiêu «" + indicator.key() + "» bị trùng");
      } else if (PeriodicReportProcess.Var.UNIT_FIELDS.contains(indicator.key())) {
        faults.add(entry + ".key: mã chỉ tiêu «" + indicator.key() + "» trùng tên một trường của báo cáo");
      }
      if (indicator.label() == null || indicator.label().isBlank()) {
        faults.add(entry + ".label: thiếu tên chỉ tiêu");
      }
      if (indicator.unit() == null || indicator.unit().isBlank()) {
        faults.add(entry + ".unit: thiếu đơn vị tính (ví dụ «cuộc», «lượt người»)");
      }
      if (indicator.part() == null || !file.parts().containsKey(indicator.part())) {
        faults.add(entry + ".part: phần «" + indicator.part() + "» không có trong parts (có: "
            + String.join(", ", file.parts().keySet()) + ")");
      }
      if (indicator.units() != null && indicator.ratio() != null) {
        faults.add(entry + ": một chỉ tiêu chỉ tính theo một cách (units hoặc ratio)");
      }
      reference(faults, entry + ".atMost", indicator.atMost(), byKey);
      reference(faults, entry + ".units", indicator.units(), byKey);
      if (indicator.ratio() != null) {
        reference(faults, entry + ".ratio.numerator", indicator.ratio().numerator(), byKey);
        reference(faults, entry + ".ratio.denominator", indicator.ratio().denominator(), byKey);
        if (indicator.ratio().numerator() == null || indicator.ratio().denominator() == null) {
          faults.add(entry + ".ratio: cần numerator và denominator");
        }
      }
      if (!indicator.entered() && indicator.atMost() != null) {
        faults.add(entry + ".atMost: chỉ áp dụng cho chỉ tiêu do đơn vị nhập");
      }
    }
    return faults;
  }

  /** A reference to another figure: it must be one units enter. */
  private static void reference(List<String> faults, String entry, String key, Map<String, Indicator> byKey) {
    if (key == null) {
      return;
    }
    Indicator target = byKey.get(key);
    if (target == null) {
      faults.add(entry + ": chỉ tiêu «" + key + "» không có trong tệp");
    } else if (!target.entered()) {
      faults.add(entry + ": chỉ tiêu «" + key + "» là chỉ tiêu tính toán, không do đơn vị nhập");
    }
  }
}
