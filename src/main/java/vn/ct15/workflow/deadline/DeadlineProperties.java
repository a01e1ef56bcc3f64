package vn.ct15.workflow.deadline;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param zone the time zone of every deadline: a date without a time ends at midnight here */
@ConfigurationProperties("ct15")
record DeadlineProperties(ZoneId zone) {}
