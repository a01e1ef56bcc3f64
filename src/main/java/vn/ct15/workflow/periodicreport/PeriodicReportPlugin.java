package vn.ct15.workflow.periodicreport;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.process.EngineLists;

/**
 * Registers the jobs of the reporting cycle: starting a batch of units' report processes
 * ({@link UnitAssignment}) and telling the cycle that every unit has reported ({@link UnitReported}).
 */
@Component
class PeriodicReportPlugin extends AbstractProcessEnginePlugin {

  private final OrganisationDirectory directory;

  PeriodicReportPlugin(OrganisationDirectory directory) {
    this.directory = directory;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = EngineLists.of(configuration::getCustomJobHandlers,
        configuration::setCustomJobHandlers);
    handlers.add(new UnitAssignment.BatchHandler(directory));
    handlers.add(new UnitReported.CycleHandler());
  }
}
