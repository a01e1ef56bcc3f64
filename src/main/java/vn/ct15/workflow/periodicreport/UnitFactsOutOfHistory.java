package vn.ct15.workflow.periodicreport;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;

/**
 * Keeps two fixed facts of every unit's report instance out of the history: the data window its form
 * states ({@code kySoLieu}) and its unit kind ({@code unitKind}), which the cycle gives each of
 * thousands of units at the start and never changes. They stay in the runtime, where the form and the
 * figures' check read them; the history would only repeat the cycle's own facts (its
 * {@code kySoLieu}, the directory's kinds) in a variable row and a detail row per unit. Measured
 * with the benchmark (3,398 units, H2): the cycle's tasks existed after 10.8–11.5 s with them
 * historised, 7.5 s without. Every other variable, and every other event, goes to Camunda's own
 * database history handler as before; the history level stays {@code full}.
 */
@Component
class UnitFactsOutOfHistory extends AbstractProcessEnginePlugin {

  static final Set<String> FACTS = Set.of(PeriodicReportUnitProcess.Var.DATA_WINDOW, PeriodicReportUnitProcess.Var.UNIT_KIND);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = EngineLists.of(configuration::getCustomHistoryEventHandlers,
        configuration::setCustomHistoryEventHandlers);
    handlers.add(new Handler());
  }

  /** Camunda's database history handler, passing over the unit instances' fixed facts. */
  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable && FACTS.contains(variable.getVariableName())
          && PeriodicReportUnitProcess.KEY.equals(variable.getProcessDefinitionKey())) {
        return;
      }
      super.handleEvent(event);
    }
  }
}
