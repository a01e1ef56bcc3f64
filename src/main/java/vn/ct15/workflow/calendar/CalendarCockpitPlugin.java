package vn.ct15.workflow.calendar;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit dashboard section «Lịch ngày nghỉ»: a year's days off and weekend days worked, as the
 * working-day counting uses them, month by month, each marked as decided by the Government or
 * computed from the Labour Code. Cockpit finds it through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin} and imports
 * {@code /camunda/api/cockpit/plugin/ct15-calendar/static/app/plugin.js}, served from the classpath
 * folder {@code plugin-webapp/ct15-calendar}; the data comes from {@link CalendarController}.
 * Public with a public constructor: the service loader and JAX-RS instantiate these classes.
 */
public class CalendarCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "ct15-calendar";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CalendarPluginRootResource.class);
  }

  /** Serves the plugin's assets ({@code static/app/plugin.js}, {@code static/app/plugin.css}). */
  @jakarta.ws.rs.Path("plugin/" + ID)
  public static class CalendarPluginRootResource extends AbstractCockpitPluginRootResource {

    public CalendarPluginRootResource() {
      super(ID);
    }
  }
}
