package vn.ct15.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender of every message
 * @param tasklistUrl the base URL officials open the webapps at, for links in messages
 */
@ConfigurationProperties("ct15.mail")
record MailProperties(
    String from,
    String tasklistUrl) {}
