package vn.ct15.workflow.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the yearly and half-yearly cycles start by themselves (Quartz-style cron, engine time).
 *
 * @param wardPlan the wards' yearly democracy plans (II.4): 2 January
 * @param halfYearReport the 6-month report cycle (III.1)
 * @param yearReport the yearly report cycle (III.1)
 */
@ConfigurationProperties("ct15.schedule")
record ScheduleProperties(
    @DefaultValue("0 0 7 2 1 ?") String wardPlan,
    @DefaultValue("0 0 7 1 6 ?") String halfYearReport,
    @DefaultValue("0 0 7 1 11 ?") String yearReport) {}
