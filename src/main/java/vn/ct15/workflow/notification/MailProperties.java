package vn.ct15.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every message
 * @param tasklistUrl the base URL officials open the webapps at, for links in messages
 */
@ConfigurationProperties("ct15.mail")
record MailProperties(
    @DefaultValue("ct15-workflow <ct15@kienan.demo>") String from,
    @DefaultValue("http://localhost:8080") String tasklistUrl) {}
