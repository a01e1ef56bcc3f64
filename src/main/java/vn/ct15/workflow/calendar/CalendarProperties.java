package vn.ct15.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which days count as working days ("ngày làm việc") for durations such as
 * {@code ${workingDays.after('P10D')}}.
 *
 * @param holidays the yearly holiday file (YAML); {@code file:...} points to an administrator's extended copy
 * @param extraHolidays further days off (ISO dates) on top of the file's
 * @param extraWorkingDays further weekend days the Government made working days (ISO dates)
 */
@ConfigurationProperties("ct15.calendar")
record CalendarProperties(
    Resource holidays,
    List<LocalDate> extraHolidays,
    List<LocalDate> extraWorkingDays) {}
