package vn.ct15.workflow.periodicreport;

import static vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.directory.Unit;
import vn.ct15.workflow.security.Callers;
import vn.ct15.workflow.plan.ThePlan;

/**
 * Which units have not yet reported in a reporting period, for Phòng Nội vụ at any time (read
 * only). Callers log in with HTTP Basic against Camunda's identity service (or a webapp session)
 * and must belong to the coordinator or the leadership unit.
 */
@RestController
@RequestMapping(path = "/ct15/api/periodic-reports", produces = MediaType.APPLICATION_JSON_VALUE)
class MissingUnitsController {


  private final Callers callers;
  private final HistoryService historyService;
  private final UnitReports reports;
  private final OrganisationDirectory directory;

  private final ThePlan plan;

  MissingUnitsController(Callers callers, HistoryService historyService, UnitReports reports,
      OrganisationDirectory directory, ThePlan plan) {
    this.plan = plan;
    this.callers = callers;
    this.historyService = historyService;
    this.reports = reports;
    this.directory = directory;
  }

  record MissingUnit(String unitId, String name) {}

  record MissingUnits(String processInstanceId, String businessKey, String periodLabel, List<MissingUnit> missingUnits) {}

  @GetMapping("/{processInstanceId}/missing-units")
  ResponseEntity<?> missingUnits(@PathVariable String processInstanceId, HttpServletRequest request) {
    Optional<ResponseEntity<Object>> refusal = callers.monitorsOnly(request, "xem các đơn vị chưa báo cáo", plan.section("III.2"));
    if (refusal.isPresent()) {
      return refusal.get();
    }
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).processDefinitionKey(PeriodicReportProcess.KEY).singleResult();
    if (instance == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(message("Không tìm thấy kỳ báo cáo (mã quy trình " + processInstanceId + ")."));
    }
    // the units still to report are those whose report task (in the unit's own instance) is open
    Set<String> open = instance.getBusinessKey() == null ? Set.of() : reports.openUnits(instance.getBusinessKey());
    List<MissingUnit> missing = directory.units().stream().map(Unit::id).filter(open::contains)
        .map(unit -> new MissingUnit(unit, directory.unitName(unit))).toList();
    return ResponseEntity.ok(new MissingUnits(instance.getId(), instance.getBusinessKey(), periodLabel(processInstanceId), missing));
  }



  private String periodLabel(String processInstanceId) {
    HistoricVariableInstance label = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(Var.PERIOD_LABEL).list().stream()
        .filter(variable -> variable.getExecutionId().equals(processInstanceId)).findFirst().orElse(null);
    return label == null ? null : String.valueOf(label.getValue());
  }

  private static Map<String, String> message(String text) {
    return Map.of("message", text);
  }
}
