package vn.ct15.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process engine with every delegate, listener and plugin of the product and the demo
 * organisation, on an in-memory database, without a web server or job executor (jobs are run by the
 * test, the engine clock is moved). For process and delegate tests: the fast tier ({@code mvn test});
 * every test class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties =
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")
@ActiveProfiles({"demo", "test"})
public @interface EngineTest {}
