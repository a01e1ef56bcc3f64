package vn.ct15.workflow.extension;

import static vn.ct15.workflow.extension.ExtensionProcess.KEY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.calendar.WorkingDayCalendar;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.extension.ExtensionProcess.OnTask;
import vn.ct15.workflow.extension.ExtensionProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

/**
 * A unit's requests for more time on one of its tasks: asking (which starts {@code ct15-extension}
 * for Phòng Nội vụ) and the list of a task's requests with their outcome. Both run as the person
 * asking, with their own rights: only the people a task is given to may ask for it, and they see only
 * their own tasks' requests.
 */
@Component
public class ExtensionRequests {

  static final String UNIT_VARIABLE = "unitId";

  private final ProcessEngineConfigurationImpl engine;
  private final IdentityService identityService;
  private final HistoryService historyService;
  private final OrganisationDirectory directory;
  private final Deadlines deadlines;
  private final WorkingDayCalendar workingDays;
  private final ExtensionProperties properties;

  ExtensionRequests(ProcessEngine engine, OrganisationDirectory directory, Deadlines deadlines, WorkingDayCalendar workingDays,
      ExtensionProperties properties) {
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.identityService = engine.getIdentityService();
    this.historyService = engine.getHistoryService();
    this.directory = directory;
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.properties = properties;
  }

  /**
   * A request refused, with the HTTP status it deserves and a Vietnamese message; a caller's mistake,
   * which the engine logs at debug level only.
   */
  public static final class Refused extends BadUserRequestException {
    private final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** One request of a task and its outcome, as the unit's Tasklist tab shows it. */
  public record Request(String processInstanceId, Date askedAt, String askedBy, String askedByName, Date proposedDue,
      String reason, String state, String stateLabel, Date decidedAt, String decidedBy, Date grantedDue, String comment) {}

  /** A task's due date, whether it was extended, whether one may ask now, and its requests, newest first. */
  public record TaskExtensions(String taskId, String taskName, Date due, Date originalDue, boolean pending,
      boolean canRequest, String cannotRequestReason, List<Request> requests) {}

  /**
   * Asks for an extension of the task until the end of {@code proposedDue} (an ISO date), for the reason
   * given, as {@code userId}; answers the request's process instance id.
   *
   * @throws Refused 404 no such open task, 403 not the caller's unit's task, 400 a reason or date not
   *     acceptable, 409 a request already waiting for a decision
   */
  public String request(String userId, String taskId, String reason, String proposedDue) {
    return asCaller(userId, context -> {
      TaskEntity task = workable(context, taskId);
      Optional<String> cannot = cannotRequest(task);
      if (cannot.isPresent()) {
        throw new Refused(task.getVariableLocal(OnTask.PENDING) != null ? 409 : 400, cannot.get());
      }
      String why = reason == null ? "" : reason.strip();
      if (why.length() < properties.reasonMinLength()) {
        throw new Refused(400, "Hãy nêu lý do đề nghị gia hạn (ít nhất " + properties.reasonMinLength() + " ký tự).");
      }
      if (why.length() > 4000) {
        throw new Refused(400, "Lý do đề nghị gia hạn không được dài quá 4000 ký tự.");
      }
      Date proposed = proposedDate(proposedDue);
      if (!proposed.after(task.getDueDate()) || !proposed.after(ClockUtil.getCurrentTime())) {
        throw new Refused(400, "Hạn đề nghị phải sau hạn hiện tại của nhiệm vụ (" + format(task.getDueDate())
            + ") và sau thời điểm hiện tại.");
      }
      String unit = unitOf(task, userId);
      User requester = identityService.createUserQuery().userId(userId).singleResult();
      VariableMap variables = Variables.createVariables()
          .putValue(Var.TASK_ID, task.getId())
          .putValue(Var.TASK_NAME, task.getName())
          .putValue(Var.TASK_PROCESS_INSTANCE, task.getProcessInstanceId())
          .putValue(CommonVariables.UNIT_ID.name(), unit)
          .putValue(Var.UNIT_NAME, unit == null ? "" : directory.unitName(unit))
          .putValue(Var.REQUESTER, userId)
          .putValue(Var.REQUESTER_NAME, requester == null ? userId : (requester.getFirstName() + " " + requester.getLastName()).trim())
          .putValue(Var.CURRENT_DUE, task.getDueDate())
          .putValue(Var.CURRENT_DUE_TEXT, format(task.getDueDate()))
          .putValue(Var.PROPOSED_DUE, proposed)
          .putValue(Var.PROPOSED_DUE_TEXT, format(proposed))
          .putValue(Var.REASON, why)
          .putValue(Var.DECIDE_DUE, workingDays.after(properties.decideWithin()));
      ProcessInstance instance = context.runWithoutAuthorization(() -> engine.getRuntimeService()
          .createProcessInstanceByKey(KEY).businessKey(businessKey(task.getId())).setVariables(variables).execute());
      task.setVariableLocal(OnTask.PENDING, instance.getId());
      return instance.getId();
    });
  }

  /** The task's requests and whether {@code userId} may ask for one now. */
  public TaskExtensions list(String userId, String taskId) {
    return asCaller(userId, context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || !passes(context, checker -> checker.checkReadTask(task))) {
        throw new Refused(404, "Không tìm thấy nhiệm vụ «" + taskId + "» trong các nhiệm vụ anh/chị được xem.");
      }
      boolean works = passes(context, checker -> checker.checkTaskWork(task));
      Optional<String> cannot = works ? cannotRequest(task)
          : Optional.of("Chỉ đơn vị được giao nhiệm vụ này được đề nghị gia hạn.");
      Object original = task.getVariableLocal(OnTask.ORIGINAL_DUE);
      return new TaskExtensions(task.getId(), task.getName(), task.getDueDate(), original instanceof Date date ? date : null,
          task.getVariableLocal(OnTask.PENDING) != null, cannot.isEmpty(), cannot.orElse(null),
          context.runWithoutAuthorization(() -> requests(task.getId())));
    });
  }

  static String businessKey(String taskId) {
    return KEY + ":" + taskId;
  }

  /** Why the task cannot get a request now, if it cannot. */
  private static Optional<String> cannotRequest(TaskEntity task) {
    if (KEY.equals(task.getProcessDefinition().getKey())) {
      return Optional.of("Không đề nghị gia hạn việc xét một đề nghị gia hạn.");
    }
    if (task.getDueDate() == null) {
      return Optional.of("Nhiệm vụ không có hạn xử lý nên không cần gia hạn.");
    }
    if (task.getVariableLocal(OnTask.PENDING) != null) {
      return Optional.of("Nhiệm vụ đã có một đề nghị gia hạn đang chờ xét; hãy chờ kết quả trước khi đề nghị lại.");
    }
    return Optional.empty();
  }

  private TaskEntity workable(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw new Refused(404, "Không tìm thấy nhiệm vụ «" + taskId + "» đang mở.");
    }
    if (!passes(context, checker -> checker.checkTaskWork(task))) {
      throw new Refused(403, "Chỉ đơn vị được giao nhiệm vụ này được đề nghị gia hạn.");
    }
    return task;
  }

  private Date proposedDate(String text) {
    if (text == null || text.isBlank()) {
      throw new Refused(400, "Hãy chọn hạn đề nghị gia hạn (ngày dạng yyyy-MM-dd, ví dụ 2027-04-15).");
    }
    try {
      return deadlines.parse(text.strip());
    } catch (FormFieldValidationException invalid) {
      throw new Refused(400, "Hạn đề nghị không hợp lệ: '" + text.strip() + "'. Hãy chọn một ngày (ví dụ 2027-04-15).");
    }
  }

  /** The unit the task is given to: its unit variable, else its candidate group, else the caller's unit. */
  private String unitOf(TaskEntity task, String userId) {
    Object unit = task.getVariable(UNIT_VARIABLE);
    if (unit != null) {
      return String.valueOf(unit);
    }
    for (IdentityLink link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return link.getGroupId();
      }
    }
    return groups(userId).stream().filter(group -> directory.find(group).isPresent()).findFirst().orElse(null);
  }

  private List<Request> requests(String taskId) {
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(businessKey(taskId)).list();
    if (instances.isEmpty()) {
      return List.of();
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(Var.REQUESTER_NAME, Var.PROPOSED_DUE, Var.REASON, Var.DECISION, Var.GRANTED_DUE, Var.COMMENT).list()) {
      variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>()).put(variable.getName(), variable.getValue());
    }
    Map<String, HistoricTaskInstance> decisions = new HashMap<>();
    for (String id : ids) {
      historyService.createHistoricTaskInstanceQuery().processInstanceId(id).taskDefinitionKey(ExtensionProcess.Element.DECIDE)
          .list().forEach(task -> decisions.put(id, task));
    }
    List<Request> requests = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      HistoricTaskInstance decision = decisions.get(instance.getId());
      String state = state(instance, values);
      requests.add(new Request(instance.getId(), instance.getStartTime(), instance.getStartUserId(),
          (String) values.get(Var.REQUESTER_NAME), (Date) values.get(Var.PROPOSED_DUE), (String) values.get(Var.REASON),
          state, STATES.get(state), decision == null ? null : decision.getEndTime(), decidedBy(decision),
          (Date) values.get(Var.GRANTED_DUE), (String) values.get(Var.COMMENT)));
    }
    requests.sort(Comparator.comparing(Request::askedAt).reversed());
    return requests;
  }

  private static final Map<String, String> STATES = new LinkedHashMap<>(Map.of(
      "pending", "Đang chờ xét", "granted", "Đã đồng ý gia hạn", "refused", "Không đồng ý", "closed",
      "Không còn cần xét (nhiệm vụ đã kết thúc)"));

  private static String state(HistoricProcessInstance instance, Map<String, Object> values) {
    Object decision = values.get(Var.DECISION);
    if (Var.GRANT.equals(decision)) {
      return "granted";
    }
    if (Var.REFUSE.equals(decision)) {
      return "refused";
    }
    return instance.getEndTime() == null ? "pending" : "closed";
  }

  /** Who completed the decision: its assignee, else the user the operation log names. */
  private String decidedBy(HistoricTaskInstance decision) {
    if (decision == null || decision.getEndTime() == null) {
      return null;
    }
    if (decision.getAssignee() != null) {
      return decision.getAssignee();
    }
    return historyService.createUserOperationLogQuery().taskId(decision.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).findFirst().orElse(null);
  }

  private String format(Date date) {
    return date.toInstant().atZone(deadlines.zone()).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
  }

  private List<String> groups(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** Runs {@code work} in one engine command as {@code userId}, with their groups, checked by their rights. */
  private <T> T asCaller(String userId, java.util.function.Function<CommandContext, T> work) {
    identityService.setAuthentication(userId, groups(userId));
    try {
      return engine.getCommandExecutorTxRequired().execute(work::apply);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static boolean passes(CommandContext context, java.util.function.Consumer<CommandChecker> check) {
    try {
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(check);
      return true;
    } catch (AuthorizationException refused) {
      return false;
    }
  }
}
