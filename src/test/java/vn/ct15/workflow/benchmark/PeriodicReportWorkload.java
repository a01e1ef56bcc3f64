package vn.ct15.workflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.ct15.workflow.process.Motto;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess;
import vn.ct15.workflow.periodicreport.PeriodicReportUnitProcess;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Element;
import vn.ct15.workflow.periodicreport.PeriodicReportProcess.Var;
import vn.ct15.workflow.process.CommonVariables;

/**
 * The real reporting cycle {@code ct15-periodic-report} (Mục III.1–III.2) with its forms and their
 * validation: Phòng Nội vụ starts the period from the start form; every unit submits its report with
 * its figures (a commune those of a ward, the others those every kind reports), a notable model and
 * a shortcoming (one in ten the same); the district report is drafted from all of them with its
 * figures, the annex table, the spreadsheet and the annex of the units' texts; Phòng Nội vụ submits
 * the draft as it is, UBND quận approves, the report is issued and mailed to UBND thành phố.
 */
final class PeriodicReportWorkload implements Workload {

  static final String COORDINATOR = "phong-noi-vu.cb";
  static final String CHAIRMAN = "chu-tich";
  /** The consolidation form's maxLength for the report text. */
  static final int FORM_LIMIT = 200_000;

  private final String period;
  private String instanceId;

  PeriodicReportWorkload(String period) {
    this.period = period;
  }

  @Override
  public String name() {
    return "ct15 reporting cycle";
  }

  @Override
  public String processKey() {
    return PeriodicReportUnitProcess.KEY; // each unit's report is an instance of its own
  }

  @Override
  public String unitTaskKey() {
    return PeriodicReportUnitProcess.Element.SUBMIT_REPORT;
  }

  @Override
  public void start(Rest rest, List<String> units, OffsetDateTime deadline, int clients) throws Exception {
    JsonNode started = rest.postOk("/engine-rest/process-definition/key/" + PeriodicReportProcess.KEY + "/submit-form",
        COORDINATOR, Map.of("variables", Map.of(
            Var.PERIOD, Workload.value(period, "String"),
            CommonVariables.DEADLINE.name(), Workload.value(deadline.toString(), "String"))));
    instanceId = started.get("id").asText();
  }

  /** Figures every kind reports, and those only a ward (a commune) does. */
  static final Map<String, Long> FIGURES = Map.of("noiDungCongKhai", 12L, "hoiNghiLayYKien", 3L, "luotNguoiThamGia", 240L,
      "kienNghiGiamSat", 4L, "kienNghiGiamSatDaGiaiQuyet", 3L, "moHinhDienHinh", 1L, "donTiepNhan", 6L, "donDaGiaiQuyet", 5L,
      "doiThoaiTrucTiep", 2L);
  static final Map<String, Long> WARD_FIGURES = Map.of("hoiNghiThonToDanPho", 8L, "noiDungNhanDanQuyetDinh", 5L,
      "congTrinhNhanDanDongGop", 2L, "giaTriNhanDanDongGop", 350L, "cuocKiemTraBanTtnd", 2L);

  @Override
  public Map<String, Object> submission(String unitId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String part : Motto.PARTS) {
      variables.put(part, Workload.value("Đơn vị " + unitId + " đã thực hiện " + part + " theo Kế hoạch.", "String"));
    }
    variables.put(Var.MODELS, Workload.value("Mô hình dân vận khéo của đơn vị " + unitId, "String"));
    variables.put(Var.SHORTCOMINGS, Workload.value(Math.floorMod(unitId.hashCode(), 10) == 0 ? "Kinh phí còn hạn hẹp"
        : "Một số nội dung của đơn vị " + unitId + " chưa công khai kịp thời", "String"));
    variables.put(Var.DIFFICULTIES, Workload.value("", "String"));
    variables.put(Var.PROPOSALS, Workload.value("", "String"));
    FIGURES.forEach((key, value) -> variables.put(key, Workload.value(value, "Long")));
    if (unitId.startsWith("xa-")) {
      WARD_FIGURES.forEach((key, value) -> variables.put(key, Workload.value(value, "Long")));
    }
    return variables;
  }

  @Override
  public void finish(Rest rest, Mailbox mailbox) throws Exception {
    String consolidate = awaitTask(rest, Element.CONSOLIDATE, COORDINATOR);
    String draft = rest.getOk("/engine-rest/task/" + consolidate + "/variables/" + Var.REPORT_TEXT, COORDINATOR)
        .get("value").asText();
    if (draft.length() > FORM_LIMIT) {
      throw new IllegalStateException("The draft has " + draft.length() + " characters, more than the form takes");
    }
    rest.postOk("/engine-rest/task/" + consolidate + "/complete", COORDINATOR,
        Map.of("variables", Map.of(Var.REPORT_TEXT, Workload.value(draft, "String"))));
    String approve = awaitTask(rest, Element.APPROVE, CHAIRMAN);
    rest.postOk("/engine-rest/task/" + approve + "/complete", CHAIRMAN,
        Map.of("variables", Map.of(CommonVariables.APPROVED.name(), Workload.value(true, "Boolean"))));
  }

  @Override
  public int finishMails() {
    return 1; // the approved report to UBND thành phố
  }

  private String awaitTask(Rest rest, String taskKey, String user) throws Exception {
    long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (System.nanoTime() < limit) {
      JsonNode tasks = rest.getOk("/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey, user);
      if (!tasks.isEmpty()) {
        return tasks.get(0).get("id").asText();
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("No task " + taskKey + " within 15 minutes");
  }
}
