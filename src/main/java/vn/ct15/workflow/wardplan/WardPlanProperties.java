package vn.ct15.workflow.wardplan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param performers the unit kinds that draft a plan (comma separated)
 * @param due the day of the plan year the plans are due (ISO month-day: end of Q1)
 */
@ConfigurationProperties("ct15.ward-plan")
record WardPlanProperties(@DefaultValue("ward") String performers, @DefaultValue("--03-31") String due) {}
