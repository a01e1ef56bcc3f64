package vn.ct15.workflow.progress;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit dashboard plugin "Tiến độ thực hiện Kế hoạch 77". Cockpit finds it through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, lists it in the page's
 * plugin packages and imports {@code /camunda/api/cockpit/plugin/ct15-progress/static/app/plugin.js},
 * which the root resource below serves from the classpath folder {@code plugin-webapp/ct15-progress}.
 * The plugin's data comes from {@link ProgressController}, with the browser's Cockpit session.
 * Public with a public constructor: the service loader and JAX-RS instantiate these classes.
 */
public class ProgressCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "ct15-progress";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ProgressPluginRootResource.class);
  }

  /** Serves the plugin's assets ({@code static/app/plugin.js}, {@code static/app/plugin.css}). */
  @jakarta.ws.rs.Path("plugin/" + ID)
  public static class ProgressPluginRootResource extends AbstractCockpitPluginRootResource {

    public ProgressPluginRootResource() {
      super(ID);
    }
  }
}
