package vn.ct15.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo organisation, an in-memory database and
 * no job executor: for tests that call it over HTTP or drive it in a browser. Every test class that
 * uses it shares one application context. Tagged {@value Tiers#APP}: it runs in the integration-test
 * phase of {@code mvn verify}, not in {@code mvn test}.
 */
@Target(ElementType.TYPE)
@Tag(Tiers.APP)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
public @interface Ct15SpringTest {}
