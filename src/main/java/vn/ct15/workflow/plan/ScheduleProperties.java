package vn.ct15.workflow.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the yearly and half-yearly cycles start by themselves (Quartz-style cron, engine time).
 * Camunda 7 allows one timer start event per process, so a process started on several days a year
 * lists them all in one cron.
 *
 * @param wardPlan the wards' yearly democracy plans (II.4): 2 January
 * @param periodicReport the units' 6-month and yearly reports (III.1–III.2): 1 June and 1 November
 * @param inspection the yearly inspection of the units (II.5): 1 September
 * @param annualEvaluation the yearly evaluation of the units by their results (I.2.d): 15 December
 */
@ConfigurationProperties("ct15.schedule")
record ScheduleProperties(
    @DefaultValue("0 0 7 2 1 ?") String wardPlan,
    @DefaultValue("0 0 7 1 6,11 ?") String periodicReport,
    @DefaultValue("0 0 7 1 9 ?") String inspection,
    @DefaultValue("0 0 7 15 12 ?") String annualEvaluation) {}
