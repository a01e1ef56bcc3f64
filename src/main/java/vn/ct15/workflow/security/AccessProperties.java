package vn.ct15.workflow.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param starters for each process key, who may start it (comma separated): unit kinds, and
 *     {@code role:<role>} for the units leading a duty (e.g. {@code role:legal-review})
 */
@ConfigurationProperties("ct15")
record AccessProperties(@DefaultValue Map<String, String> starters) {}
