package vn.ct15.workflow.frontsupervision;

import static vn.ct15.workflow.frontsupervision.FrontSupervisionProcess.Var;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.plan.PlanCycles;
import vn.ct15.workflow.process.CommonVariables;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import vn.ct15.workflow.form.TaskForms;
import java.util.Locale;

/**
 * Opens a supervision request: the requesting unit is the initiator's group of a supervising kind
 * (HĐND quận, Ủy ban MTTQ quận), the business key names it and the moment
 * ({@code ct15-front-supervision:<unit>:<yyyyMMddTHHmmss>}), and the units that may be addressed are
 * offered from the directory.
 *
 * <p>Why the unit is chosen in a task and not in the start form: Tasklist 7.24 renders Camunda Forms
 * with form-js 1.8, whose select takes dynamic options only from a variable ({@code valuesKey}), and a
 * start form has no variables yet ({@code valuesExpression} is not in that form-js). So this step
 * offers the units as the Json variable {@value FrontSupervisionProcess.Var#UNIT_OPTIONS} and the
 * requester picks one in the first task. A REST client that already knows the unit may give
 * {@value FrontSupervisionProcess.Var#ADDRESSED_UNIT} at the start; it is checked here and the choice
 * task is skipped.
 */
@Component("frontSupervisionRequest")
class SupervisionRequest implements JavaDelegate {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private final OrganisationDirectory directory;
  private final IdentityService identityService;
  private final Deadlines deadlines;
  private final AddressedUnitRule addressedUnitRule;
  private final FrontSupervisionProperties properties;
  private final TaskForms forms;

  SupervisionRequest(OrganisationDirectory directory, IdentityService identityService, Deadlines deadlines,
      AddressedUnitRule addressedUnitRule, FrontSupervisionProperties properties, TaskForms forms) {
    this.forms = forms;
    this.directory = directory;
    this.identityService = identityService;
    this.deadlines = deadlines;
    this.addressedUnitRule = addressedUnitRule;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requester = requester((String) execution.getVariable(Var.INITIATOR));
    TaskForms.Fields startForm = forms.ofStart((ProcessDefinitionEntity) ((ExecutionEntity) execution).getProcessDefinition());
    Object kind = execution.getVariable(Var.REQUEST_KIND);
    if (!startForm.offers(Var.REQUEST_KIND, kind)) {
      throw new FormFieldValidationException(List.of(Var.REQUEST_KIND), "Không thể khởi động quy trình: trường «Hình thức»"
          + " phải là giám sát, phản biện xã hội hoặc góp ý xây dựng chính quyền.");
    }
    Object given = execution.getVariable(Var.ADDRESSED_UNIT);
    String addressed = given == null || String.valueOf(given).isBlank() ? null
        : addressedUnitRule.check(given, "Không thể khởi động quy trình");
    Object override = CommonVariables.DEADLINE.fromOrNull(execution);

    execution.setProcessBusinessKey(PlanCycles.businessKey(FrontSupervisionProcess.KEY,
        requester + ":" + ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), deadlines.zone()).format(MOMENT)));
    execution.setVariable(Var.REQUESTER_UNIT, requester);
    execution.setVariable(Var.REQUESTER_NAME, directory.unitName(requester));
    // as it reads inside the task names: "nội dung phản biện xã hội của …"
    String kindLabel = startForm.optionLabel(Var.REQUEST_KIND, kind);
    execution.setVariable(Var.REQUEST_KIND_LABEL, kindLabel.substring(0, 1).toLowerCase(VIETNAMESE) + kindLabel.substring(1));
    execution.setVariable(Var.ADDRESSED_UNIT, addressed);
    execution.setVariable(Var.UNIT_OPTIONS, SpinValues.jsonValue(options(addressedUnitRule.addressable())).create());
    execution.setVariable(Var.CHOOSE_WITHIN, properties.chooseWithin());
    execution.setVariable(Var.ANSWER_WITHIN, properties.answerWithin());
    execution.setVariable(Var.REVIEW_WITHIN, properties.reviewWithin());
    execution.setVariable(Var.ANSWER_DUE_DATE,
        override == null || override instanceof String text && text.isBlank() ? null : deadlines.parse(override));
  }

  /** The supervising unit the initiator works for, first in directory order; refuses anyone else. */
  private String requester(String initiator) {
    List<String> requesters = directory.unitIds(properties.requesters());
    Set<String> groups = initiator == null ? Set.of()
        : identityService.createGroupQuery().groupMember(initiator).list().stream().map(Group::getId).collect(Collectors.toSet());
    return requesters.stream().filter(groups::contains).findFirst().orElseThrow(() ->
        new FormFieldValidationException(List.of(), "Không thể khởi động quy trình: chỉ cán bộ của "
            + requesters.stream().map(directory::unitName).collect(Collectors.joining(", "))
            + " mới gửi được yêu cầu giám sát, phản biện xã hội, góp ý xây dựng chính quyền"
            + (initiator == null ? "." : " (người khởi động: " + initiator + ").")));
  }

  /** The options of the choice form's select: {label: unit name, value: unit id}, in directory order. */
  private String options(List<String> units) {
    try {
      return JSON.writeValueAsString(units.stream()
          .map(unit -> Map.of("label", directory.unitName(unit), "value", unit)).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
