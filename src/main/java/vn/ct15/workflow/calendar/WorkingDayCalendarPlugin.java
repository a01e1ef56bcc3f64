package vn.ct15.workflow.calendar;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Adds the working-day calendar to the engine's business calendars under the name
 * {@value WorkingDayCalendar#NAME}, beside Camunda's own ({@code duration}, {@code dueDate},
 * {@code cycle}), for Java code that resolves due dates through the engine.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;

  WorkingDayCalendarPlugin(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendarManager manager = configuration.getBusinessCalendarManager();
    if (!(manager instanceof MapBusinessCalendarManager calendars)) {
      throw new IllegalStateException("Cannot add the working-day calendar to the engine's business calendar manager "
          + manager + ": expected a " + MapBusinessCalendarManager.class.getSimpleName());
    }
    calendars.addBusinessCalendar(WorkingDayCalendar.NAME, calendar);
  }
}
