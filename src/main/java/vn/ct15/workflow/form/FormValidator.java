package vn.ct15.workflow.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Applies a Camunda Form's own validation rules on the server, so a completion through REST is
 * held to the same rules as one through Tasklist. Messages are Vietnamese and name the field by
 * its label.
 */
final class FormValidator {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{8,20}$");

  private FormValidator() {}

  /** The problems found, one Vietnamese sentence each; empty when the values are valid. */
  static List<String> validate(FormSchema form, Function<String, Object> values) {
    List<String> problems = new ArrayList<>();
    for (FormField field : form.editable()) {
      Object value = values.apply(field.key());
      String name = "«" + field.displayName() + "»";
      if (isEmpty(value)) {
        if (field.required()) {
          problems.add("Trường " + name + " là bắt buộc");
        }
        continue;
      }
      switch (field.type()) {
        case "number" -> checkNumber(field, name, value, problems);
        case "datetime" -> checkDate(field, name, value, problems);
        case "checkbox" -> {
          if (!(value instanceof Boolean)) {
            problems.add("Trường " + name + " phải là Có hoặc Không");
          }
        }
        case "select", "radio" -> checkOption(field, name, String.valueOf(value), problems);
        default -> checkText(field, name, String.valueOf(value), problems);
      }
    }
    return problems;
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String text && (text.isBlank() || text.strip().equals("[]"))
        || value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof SpinJsonNode json && (json.isNull() || json.isArray() && json.elements().isEmpty());
  }

  private static void checkText(FormField field, String name, String text, List<String> problems) {
    if (field.minLength() != null && text.strip().length() < field.minLength()) {
      problems.add("Trường " + name + " phải có ít nhất " + field.minLength() + " ký tự");
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      problems.add("Trường " + name + " không được dài quá " + field.maxLength() + " ký tự");
    }
    if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
      problems.add("Trường " + name + " không đúng định dạng");
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      problems.add("Trường " + name + " không phải là địa chỉ thư điện tử hợp lệ");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
      problems.add("Trường " + name + " không phải là số điện thoại hợp lệ");
    }
  }

  private static void checkNumber(FormField field, String name, Object value, List<String> problems) {
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(String.valueOf(value).trim());
      } catch (NumberFormatException e) {
        problems.add("Trường " + name + " phải là một số");
        return;
      }
    }
    if (field.min() != null && number < field.min()) {
      problems.add("Trường " + name + " phải lớn hơn hoặc bằng " + format(field.min()));
    }
    if (field.max() != null && number > field.max()) {
      problems.add("Trường " + name + " phải nhỏ hơn hoặc bằng " + format(field.max()));
    }
  }

  private static void checkDate(FormField field, String name, Object value, List<String> problems) {
    if (value instanceof Date) {
      return;
    }
    String text = String.valueOf(value).trim();
    try {
      if ("time".equals(field.subtype())) {
        LocalTime.parse(text);
      } else if (text.length() <= 10) {
        LocalDate.parse(text);
      } else {
        parseDateTime(text);
      }
    } catch (DateTimeParseException e) {
      problems.add("Trường " + name + " không phải là ngày hợp lệ: " + text);
    }
  }

  private static void parseDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      java.time.LocalDateTime.parse(text);
    }
  }

  private static void checkOption(FormField field, String name, String value, List<String> problems) {
    if (!field.values().isEmpty() && !field.values().contains(value)) {
      problems.add("Trường " + name + " phải là một trong các giá trị: " + String.join(", ", field.values()));
    }
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
