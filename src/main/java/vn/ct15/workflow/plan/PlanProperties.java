package vn.ct15.workflow.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The yearly plan {@code ct15-plan} itself; each section's days are the section's own settings.
 *
 * @param startTime the time of day (in ct15.zone) each section starts on its day; keep it before the
 *     sections' own timer starts (their {@code schedule}, 07:00) so the plan starts them and their own
 *     timers end quietly
 * @param starters who may start the yearly plan by hand (unit kinds, comma separated)
 * @param number the plan's number and symbol as issued ("77/KH-UBND"), by which every text cites it
 * @param date the day it was issued
 * @param directive the directive it carries out, as texts cite it ("Chỉ thị số 15-CT/TU ngày 21/11/2022 của …")
 */
@ConfigurationProperties("ct15.plan")
record PlanProperties(LocalTime startTime, String starters, String number, LocalDate date, String directive) {}
