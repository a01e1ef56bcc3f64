package vn.ct15.workflow.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param productName the name the webapps show in their header and title
 * @param loginHint a line shown under the login form (the demo profile lists the demo logins); empty for none
 */
@ConfigurationProperties("ct15.webapp")
record WebappProperties(@DefaultValue("CT15 - Dân chủ ở cơ sở") String productName, @DefaultValue("") String loginHint) {}
