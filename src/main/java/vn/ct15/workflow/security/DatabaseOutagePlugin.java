package vn.ct15.workflow.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Every engine call that fails because the database cannot be reached fails with a
 * {@link DatabaseUnavailableException} (Vietnamese message, no driver or pool text), whoever made it:
 * REST, the webapps, the job executor (whose handling of failed jobs is unchanged: such a job keeps
 * its retries, as the engine cannot record the failure either, and runs again when its lock expires).
 */
@Component
class DatabaseOutagePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = EngineLists.of(configuration::getCustomPreCommandInterceptorsTxRequired,
        configuration::setCustomPreCommandInterceptorsTxRequired);
    interceptors.add(new Translator());
  }

  private static final class Translator extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (DatabaseUnavailableException unavailable) {
        throw unavailable;
      } catch (RuntimeException failure) {
        if (DatabaseUnavailableException.isCause(failure)) {
          throw new DatabaseUnavailableException(failure);
        }
        throw failure;
      }
    }
  }
}
