package vn.ct15.workflow.form;

import org.camunda.bpm.engine.impl.form.FormException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A form refused for its content (a required field left empty, a date in the wrong form, a rule of
 * the plan) is the official's to correct, not the operator's to investigate: the engine logs it at
 * DEBUG, as it does a refused or unknown request, instead of an ERROR with a stack trace for every
 * mistyped field. The official gets the Vietnamese message (400) as before; failures of the product
 * itself still log as ERROR.
 */
@Component
class FormRefusalLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new CommandContext(processEngineConfiguration) {
          @Override
          protected boolean shouldLogFine(Throwable exception) {
            return exception instanceof FormException || super.shouldLogFine(exception);
          }
        };
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }
}
