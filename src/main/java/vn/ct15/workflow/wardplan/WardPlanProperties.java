package vn.ct15.workflow.wardplan;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param performers the unit kinds that draft a plan (comma separated)
 * @param due the day of the plan year the plans are due (ISO month-day: end of Q1)
 * @param startDay the day of the plan year (ISO month-day) the yearly plan ct15-plan starts the section
 * @param schedule when the process starts by itself (Quartz cron, engine time): its timer start event
 * @param starters who may start it by hand from Tasklist: unit kinds and role:&lt;role&gt;, comma separated
 * @param duties the progress dashboard's heading of each task that is a duty of the units, by task id
 */
@ConfigurationProperties("ct15.ward-plan")
record WardPlanProperties(
    String performers, String due,
    String startDay,
    String schedule,
    String starters,
    Map<String, String> duties) {}
