package vn.ct15.workflow.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;

/**
 * The shared Tasklist filters every official starts from, in Vietnamese. Each is evaluated for
 * the person logged in, so one filter serves every unit, and every user may read it. Created once
 * by name, then kept in line. Idempotent: a second copy of a filter is removed.
 */
@Component
public class TasklistFilters {

  static final String UNIT_TASKS = "Việc của đơn vị tôi";
  static final String DUE_SOON = "Đến hạn trong 7 ngày";
  static final String OVERDUE = "Quá hạn";
  static final String MINE = "Tôi đang xử lý";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final OrganisationDirectory directory;
  private final TransactionTemplate transaction;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      OrganisationDirectory directory, PlatformTransactionManager transactionManager) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.directory = directory;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** Writes the filters and every unit's right to read them, in one transaction. */
  public void apply() {
    transaction.executeWithoutResult(status -> applyFilters());
  }

  private void applyFilters() {
    int priority = 0;
    for (Map.Entry<String, FilterSpec> entry : specs().entrySet()) {
      Filter existing = oneByName(entry.getKey());
      Filter filter = existing == null ? filterService.newTaskFilter(entry.getKey()) : existing;
      String queryBefore = existing == null ? null : ((FilterEntity) existing).getQueryInternal();
      Map<String, Object> propertiesBefore = existing == null ? null : new HashMap<>(existing.getProperties());
      Map<String, Object> properties = Map.of(
          "description", entry.getValue().description(),
          "priority", priority++,
          "color", entry.getValue().color(),
          "refresh", true);
      filter.setQuery(entry.getValue().query());
      filter.setProperties(properties);
      // a restart with unchanged filters writes nothing
      if (existing == null || !((FilterEntity) filter).getQueryInternal().equals(queryBefore)
          || !properties.equals(propertiesBefore)) {
        filterService.saveFilter(filter);
      }
      readableByEveryone(filter.getId());
    }
  }

  /**
   * One global right to read the filter, instead of one per unit: the filter is a query evaluated for
   * whoever opens it, and 4 filters × 3,400 units' rows only slowed every authorization check. A unit's
   * own right to read it (written by earlier versions) is deleted when it grants nothing more.
   */
  private void readableByEveryone(String filterId) {
    List<Authorization> existing = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).list();
    if (existing.stream().noneMatch(authorization -> authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL
        && authorization.isPermissionGranted(Permissions.READ))) {
      Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      everyone.setUserId(Authorization.ANY);
      everyone.setResource(Resources.FILTER);
      everyone.setResourceId(filterId);
      everyone.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(everyone);
    }
    Set<String> units = directory.units().stream().map(Unit::id).collect(Collectors.toSet());
    for (Authorization authorization : existing) {
      if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && units.contains(authorization.getGroupId())
          && ((AuthorizationEntity) authorization).getPermissions() == Permissions.READ.getValue()) {
        authorizationService.deleteAuthorization(authorization.getId());
      }
    }
  }

  /**
   * The filter of that name; copies that two nodes once created at the same moment (filter names
   * are not unique in the database) are deleted with their authorizations, keeping the first by id.
   */
  private Filter oneByName(String name) {
    List<Filter> sameName = filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list();
    sameName.stream().skip(1).forEach(copy -> filterService.deleteFilter(copy.getId()));
    return sameName.isEmpty() ? null : sameName.get(0);
  }

  private record FilterSpec(TaskQuery query, String description, String color) {}

  private Map<String, FilterSpec> specs() {
    Map<String, FilterSpec> specs = new LinkedHashMap<>();
    specs.put(UNIT_TASKS, new FilterSpec(unitTasks(),
        "Nhiệm vụ đang mở của đơn vị và của tôi", "#1f6fb2"));
    specs.put(DUE_SOON, new FilterSpec(unitTasks().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}"),
        "Nhiệm vụ có hạn xử lý trong 7 ngày tới", "#e0a100"));
    specs.put(OVERDUE, new FilterSpec(unitTasks().dueBeforeExpression("${now()}"),
        "Nhiệm vụ đã quá hạn xử lý", "#c0392b"));
    specs.put(MINE, new FilterSpec(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
        "Nhiệm vụ tôi đã nhận xử lý", "#2e8b57"));
    return specs;
  }

  private TaskQuery unitTasks() {
    return taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()
        .orderByDueDate().asc();
  }

}
