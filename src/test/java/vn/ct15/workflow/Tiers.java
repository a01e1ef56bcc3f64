package vn.ct15.workflow;

/**
 * The tags of the slower tests, which {@code mvn test} leaves out and the integration-test phase of
 * {@code mvn verify} runs (failsafe; pom.xml). An untagged test is in the fast tier: plain unit
 * tests and process tests on the engine alone ({@link EngineTest}).
 */
public final class Tiers {

  /** The whole application on a port, called over HTTP ({@link Ct15SpringTest}). */
  public static final String APP = "app";
  /** Chromium drives Tasklist or Cockpit. */
  public static final String BROWSER = "browser";
  /** The application in JVMs of its own ({@link AppProcess}): a stop, a kill, a stress run. */
  public static final String SYSTEM = "system";
  /** Needs the PostgreSQL server (.ci/run starts it). */
  public static final String POSTGRES = "postgres";

  private Tiers() {}
}
