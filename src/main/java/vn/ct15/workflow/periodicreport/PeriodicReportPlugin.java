package vn.ct15.workflow.periodicreport;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.stereotype.Component;

/**
 * Registers the jobs of the reporting cycle: starting a batch of units' report processes
 * ({@link UnitAssignment}) and telling the cycle that every unit has reported ({@link UnitReported}).
 */
@Component
class PeriodicReportPlugin extends AbstractProcessEnginePlugin {

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers();
    if (handlers == null) {
      handlers = new ArrayList<>();
      configuration.setCustomJobHandlers(handlers);
    }
    handlers.add(new UnitAssignment.BatchHandler());
    handlers.add(new UnitReported.CycleHandler());
  }
}
