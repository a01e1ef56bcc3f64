package vn.ct15.workflow.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param directory the organisation's directory file (YAML)
 * @param seedPeople whether the people listed in the file are created as Camunda users (demo data)
 * @param demoPassword the password given to seeded people when they are created
 */
@ConfigurationProperties("ct15")
record DirectoryProperties(
    Resource directory,
    boolean seedPeople,
    String demoPassword) {}
