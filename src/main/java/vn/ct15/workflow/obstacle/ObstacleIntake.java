package vn.ct15.workflow.obstacle;

import static vn.ct15.workflow.obstacle.ObstacleProcess.Var;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.directory.UnitKind;

/**
 * Records a raised difficulty: resolves the raising unit from the starter's groups (the first unit of
 * the directory, of a raising kind, the starter belongs to; anyone else is refused), names the instance
 * {@code ct15-obstacle:<unit>:<yyyyMMdd-HHmmss>} (a suffix -2, -3 … if that unit raised another in the
 * same second), offers the assignable offices to the triage form and sets the working-day periods.
 */
@Component("obstacleIntake")
class ObstacleIntake implements JavaDelegate {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final OrganisationDirectory directory;
  private final IdentityService identityService;
  private final HistoryService historyService;
  private final Deadlines deadlines;
  private final ObstacleProperties properties;

  ObstacleIntake(OrganisationDirectory directory, IdentityService identityService, HistoryService historyService,
      Deadlines deadlines, ObstacleProperties properties) {
    this.directory = directory;
    this.identityService = identityService;
    this.historyService = historyService;
    this.deadlines = deadlines;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Unit unit = raisingUnit((String) execution.getVariable(Var.INITIATOR));
    // the triage goes to the coordinator and may go to the leadership: fail now if the directory lacks them
    directory.unitOfKind(UnitKind.COORDINATOR.code());
    directory.unitOfKind(UnitKind.LEADERSHIP.code());
    execution.setProcessBusinessKey(businessKey(unit.id()));
    execution.setVariable(Var.RAISING_UNIT, unit.id());
    execution.setVariable(Var.RAISING_UNIT_NAME, unit.name());
    execution.setVariable(Var.OFFICE_OPTIONS, Variables.objectValue(officeOptions())
        .serializationDataFormat(SerializationDataFormats.JSON).create());
    execution.setVariable(Var.TRIAGE_WITHIN, properties.triageWithin());
    execution.setVariable(Var.ANSWER_WITHIN, properties.answerWithin());
    execution.setVariable(Var.CONFIRM_WITHIN, properties.confirmWithin());
    execution.setVariable(Var.ANSWER_DUE_DATE, null);
  }

  private Unit raisingUnit(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new FormFieldValidationException(List.of(), "Không xác định được người phản ánh: hãy đăng nhập Tasklist"
          + " bằng tài khoản của cơ quan, đơn vị để phản ánh khó khăn, vướng mắc.");
    }
    // the starter may not read others' memberships or history: these lookups are the engine's own
    Set<String> groups = Context.getCommandContext().runWithoutAuthorization(() -> identityService.createGroupQuery()
        .groupMember(userId).list()).stream().map(Group::getId).collect(Collectors.toSet());
    List<String> raisingKinds = directory.unitIds(properties.raisers());
    return raisingKinds.stream().filter(groups::contains).findFirst().map(directory::unit)
        .orElseThrow(() -> new FormFieldValidationException(List.of(), "Người dùng «" + userId
            + "» không thuộc cơ quan, đơn vị nào trong danh bạ được phản ánh khó khăn, vướng mắc về "
            + directory.leadershipName() + " (qua " + directory.coordinatorName() + ")."));
  }

  /** Unique by construction: the unit and the second it was raised, with a counter within that second. */
  String businessKey(String unitId) {
    String base = ObstacleProcess.KEY + ":" + unitId + ":"
        + STAMP.format(ClockUtil.getCurrentTime().toInstant().atZone(deadlines.zone()));
    String key = base;
    for (int n = 2; taken(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }

  private boolean taken(String businessKey) {
    return Context.getCommandContext().runWithoutAuthorization(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ObstacleProcess.KEY).processInstanceBusinessKey(businessKey).count()) > 0;
  }

  /** The assignable offices as the triage form's select options, in directory order. */
  List<Map<String, String>> officeOptions() {
    return directory.unitIds(properties.handlers()).stream().map(id -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", directory.unitName(id));
      option.put("value", id);
      return option;
    }).collect(Collectors.toCollection(ArrayList::new));
  }
}
