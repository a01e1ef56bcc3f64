package vn.ct15.workflow.security;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.process.EngineLists;
import vn.ct15.workflow.form.TaskForms;

/**
 * Holds every official — a logged-in person who is not an administrator — to their unit's work,
 * whatever client they use (Tasklist, the REST API Tasklist uses, Cockpit): on a task of their unit
 * they may see it and its form, claim and unclaim it, hand it to another person the task is offered
 * to, save and complete the form's editable fields, and comment; they may start the processes their
 * unit may start, with the start form's fields. Everything else the engine can do is refused before
 * it changes anything: renaming a task or changing its dates, priority, description, owner or
 * candidates; writing a variable that is not an editable field of the task's form (the unit, the year,
 * the period, a reviewer's comment shown read-only); throwing a BPMN error from a task; correlating
 * messages, sending signals; modifying, migrating, suspending or deleting instances; running,
 * rescheduling or retrying jobs; external tasks, batches. The administrator keeps every right.
 *
 * <p>Camunda's authorizations decide who sees and works on what (a unit's people are granted
 * {@link UnitTaskAuthorizations the work on their unit's tasks}, nothing on instances, jobs or
 * definitions beyond reading); this guard adds what they cannot express: which variables, which
 * people, which of the engine's operations. It sits in the engine's command chain, inside the
 * command's own transaction, and looks only at the outermost command of a request: what a step of the
 * process does on its own (a delegate starting a subprocess, the escalation correlating its message)
 * is the process's work, not the official's. Reads — queries, {@code Get…} commands — pass to the
 * authorizations; of the engine's commands that change something, only the ones listed in
 * {@link #inspect} are an official's, so a command the engine adds in a later version is refused
 * until it is looked at. Commands that are not the engine's own (the webapps' plugin queries, this
 * product's) pass to their own checks.
 *
 * <p>Each refusal is a {@link Refusal} (403, or 400 for a variable the form does not let one write)
 * with a Vietnamese message, and one WARN line in the log {@value #LOG_NAME}: the user, their groups,
 * the task and what was tried (variable names, never their values).
 */
@Component
class OfficialsGuard extends AbstractProcessEnginePlugin {

  static final String LOG_NAME = "ct15.security";
  private static final Logger LOG = LoggerFactory.getLogger(LOG_NAME);

  /** The engine's read-only commands: queries, reports, {@code Get…}, {@code Is…}, filters, authorization checks. */
  private static final Pattern READS = Pattern.compile(
      "^(Get|Is|Check|Find|ExecuteFilter|Optimize)|(QueryImpl|ReportImpl|QueryCmd)$|^(AuthorizationCheckCmd|DetermineHistoryLevelCmd)$");
  private static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.impl.";

  static final String NOT_YOUR_TASK = "Nhiệm vụ này không được giao cho đơn vị của bạn, nên bạn không thể thao tác trên nhiệm vụ.";
  static final String TASK_FACTS = "Không được sửa thông tin của nhiệm vụ (tên, hạn xử lý, ngày theo dõi, mức ưu tiên, mô tả, "
      + "người chịu trách nhiệm) hay xóa nhiệm vụ. Nếu cần thêm thời gian, hãy gửi đề nghị gia hạn từ nhiệm vụ.";
  static final String CANDIDATES = "Không được thay đổi đơn vị hay người được giao nhiệm vụ.";
  static final String BPMN_EVENT = "Không được kết thúc nhiệm vụ bằng lỗi hoặc sự kiện chuyển cấp; hãy hoàn thành biểu mẫu của nhiệm vụ.";
  static final String ATTACHMENTS = "Không được thêm, sửa hay xóa tệp đính kèm của nhiệm vụ; hãy ghi minh chứng trong biểu mẫu.";
  static final String COMMENTS = "Không được sửa hay xóa ý kiến đã ghi; ý kiến là một phần của hồ sơ xử lý.";
  static final String MACHINERY = "Các công việc tự động của hệ thống (nhắc hạn, cảnh báo quá hạn, gửi thư điện tử, hẹn giờ) "
      + "chỉ quản trị viên được thao tác.";
  static final String MESSAGES = "Chỉ các bước của quy trình được gửi thông điệp hay tín hiệu tới quy trình.";
  static final String INSTANCES = "Chỉ quản trị viên được can thiệp vào quy trình đang chạy (sửa dữ liệu, chuyển bước, tạm dừng, "
      + "di chuyển phiên bản, hủy).";
  static final String START_AT = "Chỉ được khởi tạo quy trình từ đầu, với biểu mẫu khởi tạo của quy trình.";
  static final String OTHER = "Bạn không có quyền thực hiện thao tác này. Cán bộ chỉ được xem, nhận, lưu, hoàn thành và ghi ý kiến "
      + "vào nhiệm vụ của đơn vị mình.";

  private static final Set<String> TASK_FACT_COMMANDS = Set.of("SaveTaskCmd", "SetTaskNameCmd", "SetTaskDueDateCmd",
      "SetTaskFollowUpDateCmd", "SetTaskPriorityCmd", "SetTaskDescriptionCmd", "SetTaskOwnerCmd", "DeleteTaskCmd",
      "CreateTaskCmd");

  private final TaskForms forms;
  private final Map<String, Field> fields = new ConcurrentHashMap<>();

  OfficialsGuard(TaskForms forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineLists.of(configuration::getCustomPostCommandInterceptorsTxRequired,
        configuration::setCustomPostCommandInterceptorsTxRequired).add(new Interceptor());
    configuration.setResourceAuthorizationProvider(new UnitTaskAuthorizations());
    EngineLists.of(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners)
        .add(new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element process, ProcessDefinitionEntity definition) {
            definition.setProperty(START_INPUTS, startInputs(process));
          }
        });
  }

  /**
   * The inputs besides its start form's fields a process accepts from an official's start through the
   * REST API, which its model names in the extension property {@value #START_INPUTS} (comma separated),
   * e.g. the unit a supervision request is addressed to, which Tasklist's start form cannot offer.
   */
  static final String START_INPUTS = "ct15.startInputs";

  private static Set<String> startInputs(Element process) {
    Element extensions = process.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return Set.of();
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(property -> START_INPUTS.equals(property.attribute("name")))
        .flatMap(property -> Stream.of(property.attribute("value", "").split(",")))
        .map(String::trim).filter(input -> !input.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  /** Looks at the outermost command of each call into the engine; nested commands are the process's work. */
  private final class Interceptor extends CommandInterceptor {

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] level = depth.get();
      level[0]++;
      try {
        if (level[0] == 1) {
          inspect(command, Context.getCommandContext());
        }
        return next.execute(command);
      } finally {
        level[0]--;
      }
    }
  }

  void inspect(Command<?> command, CommandContext context) {
    Authentication caller = context.getAuthentication();
    if (caller == null || caller.getUserId() == null || context.getAuthorizationManager().isCamundaAdmin(caller)) {
      return; // the process's own work (jobs, delegates, start-up), or the administrator
    }
    Class<?> type = command.getClass();
    String name = type.getSimpleName();
    if (!type.getName().startsWith(ENGINE_COMMANDS) || command instanceof AbstractQuery<?, ?> || READS.matcher(name).find()) {
      return;
    }
    new Check(command, context, caller).run(name);
  }

  /** One official's command, judged. */
  private final class Check {

    private final Command<?> command;
    private final CommandContext context;
    private final Authentication caller;
    private TaskEntity task;

    Check(Command<?> command, CommandContext context, Authentication caller) {
      this.command = command;
      this.context = context;
      this.caller = caller;
    }

    void run(String name) {
      switch (name) {
        case "ClaimTaskCmd" -> handOver(task("taskId"), (String) field("userId"));
        case "AssignTaskCmd" -> handOver(task("taskId"), (String) field("userId"));
        case "DelegateTaskCmd" -> handOver(task("taskId"), (String) field("userId"));
        case "CompleteTaskCmd", "ResolveTaskCmd" -> submit(task("taskId"), "variables");
        case "SubmitTaskFormCmd" -> submit(task("taskId"), "properties");
        case "SetTaskVariablesCmd", "PatchTaskVariablesCmd" -> save(task("entityId"));
        case "RemoveTaskVariablesCmd" -> remove(task("entityId"), variableNames("variableNames"));
        case "AddCommentCmd" -> comment();
        case "StartProcessInstanceCmd" -> start((ProcessInstantiationBuilderImpl) field("instantiationBuilder"));
        case "SubmitStartFormCmd" -> startWithForm();
        case "SaveUserCmd" -> { } // a person's own profile and password; Camunda lets nobody else's through
        // what the engine records after a job an official tried to run: refused with it, told once
        case "FailedJobListener", "SuccessfulJobListener" -> throw new Refusal.Forbidden(MACHINERY);
        default -> throw refused(category(name), name);
      }
    }

    // ---------------------------------------------------------------- tasks

    /** The task the command names, which the caller works on; null when there is none (Camunda answers 404). */
    private TaskEntity task(String idField) {
      String id = (String) field(idField);
      TaskEntity found = id == null ? null : context.getTaskManager().findTaskById(id);
      if (found == null) {
        return null;
      }
      task = found;
      if (!passes(checker -> checker.checkTaskWork(found))) {
        throw refused(NOT_YOUR_TASK, command.getClass().getSimpleName());
      }
      return found;
    }

    /** Claim, assign, unclaim, delegate: only to a person the task is offered to (or back to nobody). */
    private void handOver(TaskEntity task, String userId) {
      if (task == null || userId == null || userId.equals(task.getAssignee()) || candidate(task, userId)) {
        return;
      }
      throw refused("Chỉ được giao nhiệm vụ cho người thuộc đơn vị được giao nhiệm vụ; «" + userId
          + "» không phải là người được giao nhiệm vụ này.", command.getClass().getSimpleName() + " → " + userId);
    }

    private boolean candidate(TaskEntity task, String userId) {
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : task.getIdentityLinks()) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (userId.equals(link.getUserId())) {
          return true;
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      return !groups.isEmpty() && context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
          .getIdentityService().createGroupQuery().groupMember(userId).groupIdIn(groups.toArray(String[]::new)).count() > 0);
    }

    /** Complete, resolve, submit: the form's editable fields; read-only ones sent back unchanged are not written. */
    @SuppressWarnings("unchecked")
    private void submit(TaskEntity task, String variablesField) {
      Map<String, Object> variables = (Map<String, Object>) field(variablesField);
      if (task == null || variables == null || variables.isEmpty()) {
        return;
      }
      Map<String, Object> kept = writable(task, variables);
      if (kept.size() < variables.size()) {
        set(variablesField, Variables.fromMap(kept));
      }
    }

    /** Save (set or patch): no local variables, the form's editable fields, deletions of editable fields. */
    @SuppressWarnings("unchecked")
    private void save(TaskEntity task) {
      if (task == null) {
        return;
      }
      if ((Boolean) field("isLocal")) {
        throw notOnForm("Không lưu được dữ liệu riêng của nhiệm vụ (biến cục bộ); hãy lưu các trường của biểu mẫu.", "local");
      }
      Map<String, Object> variables = (Map<String, Object>) field("variables");
      if (variables != null && !variables.isEmpty()) {
        Map<String, Object> kept = writable(task, variables);
        if (kept.size() < variables.size()) {
          set("variables", Variables.fromMap(kept));
        }
      }
      if (command.getClass().getSimpleName().equals("PatchTaskVariablesCmd")) {
        remove(task, variableNames("deletions"));
      }
    }

    private void remove(TaskEntity task, Collection<String> names) {
      if (task == null || names == null) {
        return;
      }
      if ((Boolean) field("isLocal")) {
        throw notOnForm("Không xóa được dữ liệu riêng của nhiệm vụ (biến cục bộ).", "local");
      }
      TaskForms.Fields form = forms.of(task);
      for (String name : names) {
        if (!form.editable(name)) {
          throw notOnForm("Không xóa được «" + form.label(name) + "»: chỉ được xóa nội dung các trường nhập của biểu mẫu nhiệm vụ «"
              + task.getName() + "».", name);
        }
      }
    }

    /** The variables an official may write to the task, or a refusal naming the first that may not be. */
    private Map<String, Object> writable(TaskEntity task, Map<String, Object> variables) {
      TaskForms.Fields form = forms.of(task);
      Map<String, Object> kept = new LinkedHashMap<>();
      for (Map.Entry<String, Object> variable : variables.entrySet()) {
        String name = variable.getKey();
        if (form.editable(name)) {
          kept.put(name, variable.getValue());
        } else if (form.readOnly(name)) {
          if (!same(variable.getValue(), task.getVariable(name))) {
            throw notOnForm("Không thể lưu: trường «" + form.label(name) + "» của nhiệm vụ «" + task.getName()
                + "» chỉ để xem, không được sửa.", name);
          }
        } else {
          throw notOnForm("Không thể lưu: «" + name + "» không phải là trường nhập của biểu mẫu nhiệm vụ «" + task.getName()
              + "»; chỉ được lưu các trường của biểu mẫu.", name);
        }
      }
      return kept;
    }

    /** A comment on a task the caller works on; not on a process instance, not on a task they cannot see. */
    private void comment() {
      if (field("taskId") == null) {
        throw refused(OTHER, "AddCommentCmd (process instance)");
      }
      if (task("taskId") == null) {
        throw refused(NOT_YOUR_TASK, "AddCommentCmd");
      }
    }

    // ---------------------------------------------------------------- starts

    private void start(ProcessInstantiationBuilderImpl builder) {
      if (builder.getModificationBuilder().isSkipCustomListeners() || builder.getModificationBuilder().isSkipIoMappings()
          || !builder.getModificationBuilder().getModificationOperations().isEmpty()) {
        throw refused(START_AT, "StartProcessInstanceCmd (skip listeners or mappings)");
      }
      DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
      ProcessDefinitionEntity definition = builder.getProcessDefinitionId() != null
          ? cache.findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
          : cache.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
      startVariables(definition, builder.getVariables());
    }

    @SuppressWarnings("unchecked")
    private void startWithForm() {
      startVariables(context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById((String) field("processDefinitionId")), (Map<String, Object>) field("variables"));
    }

    @SuppressWarnings("unchecked")
    private void startVariables(ProcessDefinitionEntity definition, Map<String, Object> variables) {
      if (variables == null || variables.isEmpty()) {
        return;
      }
      TaskForms.Fields form = forms.ofStart(definition);
      Set<String> inputs = (Set<String>) definition.getProperty(START_INPUTS);
      for (String name : variables.keySet()) {
        if (!form.editable(name) && (inputs == null || !inputs.contains(name))) {
          throw notOnForm("Không thể khởi tạo «" + definition.getName() + "»: «" + name
              + "» không phải là trường của biểu mẫu khởi tạo.", name);
        }
      }
    }

    // ---------------------------------------------------------------- refusals

    private Refusal.Forbidden refused(String message, String tried) {
      log(tried);
      return new Refusal.Forbidden(message);
    }

    private Refusal.NotOnForm notOnForm(String message, String variable) {
      log(command.getClass().getSimpleName() + " variable " + variable);
      return new Refusal.NotOnForm(message);
    }

    private void log(String tried) {
      LOG.warn("Refused: user={} groups={} task={} tried={}", caller.getUserId(), caller.getGroupIds(),
          task == null ? "-" : task.getId() + " (" + task.getTaskDefinitionKey() + ", process instance "
              + task.getProcessInstanceId() + ")", tried);
    }

    private boolean passes(java.util.function.Consumer<CommandChecker> check) {
      try {
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(check);
        return true;
      } catch (AuthorizationException notAuthorized) {
        return false;
      }
    }

    @SuppressWarnings("unchecked")
    private Collection<String> variableNames(String name) {
      return (Collection<String>) field(name);
    }

    private Object field(String name) {
      try {
        return accessible(name).get(command);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private void set(String name, Object value) {
      try {
        accessible(name).set(command, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private Field accessible(String name) {
      return fields.computeIfAbsent(command.getClass().getName() + "#" + name, key -> {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
          try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
          } catch (NoSuchFieldException e) {
            // look in the superclass
          }
        }
        throw new IllegalStateException("Camunda command " + command.getClass().getName() + " has no field " + name);
      });
    }
  }

  /** What the message of a refused engine command says, by the kind of operation its name tells. */
  static String category(String commandName) {
    if (TASK_FACT_COMMANDS.contains(commandName)) {
      return TASK_FACTS;
    }
    if (commandName.contains("IdentityLink")) {
      return CANDIDATES;
    }
    if (commandName.startsWith("HandleTask")) {
      return BPMN_EVENT;
    }
    if (commandName.contains("Attachment")) {
      return ATTACHMENTS;
    }
    if (commandName.contains("Comment")) {
      return COMMENTS;
    }
    if (commandName.contains("Job") || commandName.contains("ExternalTask") || commandName.contains("Batch")
        || commandName.contains("Incident")) {
      return MACHINERY;
    }
    if (commandName.contains("Message") || commandName.contains("Signal") || commandName.contains("Correlat")
        || commandName.contains("Condition")) {
      return MESSAGES;
    }
    if (commandName.startsWith("StartProcessInstanceAt")) {
      return START_AT;
    }
    if (commandName.contains("ProcessInstance") || commandName.contains("Modif") || commandName.contains("Migrat")
        || commandName.contains("Variable") || commandName.contains("Suspen") || commandName.startsWith("Activate")
        || commandName.contains("RemovalTime")) {
      return INSTANCES;
    }
    return OTHER;
  }

  /** Whether a value sent back for a read-only field is the value the process holds (text, number or nothing alike). */
  static boolean same(Object sent, Object held) {
    Object a = plain(sent);
    Object b = plain(held);
    if (blank(a) || blank(b)) {
      return blank(a) && blank(b);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    return String.valueOf(a).equals(String.valueOf(b));
  }

  private static Object plain(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static boolean blank(Object value) {
    return value == null || value instanceof String text && text.isEmpty();
  }

  /**
   * What the people a task is offered to (its candidate groups and users) and its assignee are granted
   * on it: to see it, to work on it (claim, complete), to hand it on (unclaim, assign, delegate, which
   * the guard limits to those the task is offered to) and to save its variables (which the guard limits
   * to the form's editable fields). Camunda's default is {@code UPDATE}: everything, a task's due date,
   * name and candidates included.
   */
  static final class UnitTaskAuthorizations extends DefaultAuthorizationProvider {

    static final Permission[] WORK = {Permissions.READ, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN,
        TaskPermissions.UPDATE_VARIABLE};

    @Override
    protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
      if (!enforceSpecificVariablePermission) {
        return WORK.clone();
      }
      List<Permission> permissions = new ArrayList<>(List.of(WORK));
      permissions.add(TaskPermissions.READ_VARIABLE);
      return permissions.toArray(Permission[]::new);
    }
  }
}
