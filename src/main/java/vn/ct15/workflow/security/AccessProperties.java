package vn.ct15.workflow.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param starters for each process key, the unit kinds (comma separated) whose people may start it */
@ConfigurationProperties("ct15")
record AccessProperties(@DefaultValue Map<String, String> starters) {}
