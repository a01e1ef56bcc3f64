package vn.ct15.workflow.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param productName the name the webapps show in their header and title
 * @param loginHint a line shown under the login form (the demo profile lists the demo logins); empty for none
 */
@ConfigurationProperties("ct15.webapp")
record WebappProperties(String productName, String loginHint) {}
