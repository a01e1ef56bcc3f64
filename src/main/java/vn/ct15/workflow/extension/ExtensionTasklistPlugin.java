package vn.ct15.workflow.extension;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * The Tasklist tab «Gia hạn» beside a task's form: the task's due date and its extension requests,
 * and the form to ask for one. Tasklist finds it through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin} and imports
 * {@code /camunda/api/tasklist/plugin/ct15-extension/static/app/plugin.js}, served from the classpath
 * folder {@code plugin-webapp/ct15-extension}; its data comes from {@link ExtensionController}.
 * Public with a public constructor: the service loader and JAX-RS instantiate these classes.
 */
public class ExtensionTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "ct15-extension";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ExtensionPluginRootResource.class);
  }

  /** Serves the plugin's assets ({@code static/app/plugin.js}, {@code static/app/plugin.css}). */
  @jakarta.ws.rs.Path("plugin/" + ID)
  public static class ExtensionPluginRootResource extends AbstractTasklistPluginRootResource {

    public ExtensionPluginRootResource() {
      super(ID);
    }
  }
}
