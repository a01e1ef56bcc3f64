package vn.ct15.workflow.deadline;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone the time zone of every deadline: a date without a time ends at midnight here */
@ConfigurationProperties("ct15")
record DeadlineProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {}
