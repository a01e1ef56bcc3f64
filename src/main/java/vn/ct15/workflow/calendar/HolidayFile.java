package vn.ct15.workflow.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;

/** The shape of the holiday YAML file: per year, the days off and the weekend days worked. */
record HolidayFile(Map<Integer, Year> years) {

  /** The longest range a file may list: longer ones are typing mistakes (Tết is about 9 days). */
  static final int LONGEST_RANGE = 31;

  record Year(List<Day> holidays, List<Day> workingDays) {}

  /** One day ({@code date}) or a range of days ({@code from}, {@code to}, both included), with its name. */
  record Day(LocalDate date, LocalDate from, LocalDate to, String name) {

    Stream<LocalDate> days(String where) {
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(where + ": every entry needs a name");
      }
      if (date != null && from == null && to == null) {
        return Stream.of(date);
      }
      if (date == null && from != null && to != null && !to.isBefore(from)
          && ChronoUnit.DAYS.between(from, to) < LONGEST_RANGE) {
        return from.datesUntil(to.plusDays(1));
      }
      throw new IllegalStateException(where + ": '" + name + "' needs either a date, or from and to (from not after to,"
          + " at most " + LONGEST_RANGE + " days)");
    }
  }

  static HolidayFile read(Resource resource) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = resource.getInputStream()) {
      HolidayFile file = yaml.readValue(in, HolidayFile.class);
      if (file == null || file.years() == null || file.years().isEmpty()) {
        throw new IllegalStateException("Holiday file " + resource + " lists no years");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holiday file " + resource, e);
    }
  }
}
