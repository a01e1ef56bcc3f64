package vn.ct15.workflow.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.ct15.workflow.deadline.Deadlines;
import vn.ct15.workflow.directory.OrganisationDirectory;
import vn.ct15.workflow.issuance.OutgoingRegister;

/**
 * A closed plan year as one ZIP archive for the organisation's records, read from the history and
 * changing nothing: every document the year's cycles produced (their file variables, as they were
 * stored), the dashboard's final state (JSON and the Excel workbook), the cycles, every task with
 * its unit, due date, who completed it and when, every value submitted with its time, and the audit
 * log of who did what; CSV files (UTF-8 with BOM, for Excel) and an {@code index.json} describing them.
 * A year's instances are its cycles (business key {@code <process>:<year>} or
 * {@code <process>:<year>-<period>}) and the requests raised during the year (difficulties, supervision).
 */
@Component
class YearArchive {

  private static final Pattern CYCLE = Pattern.compile("^[^:]+:(\\d{4})(-.*)?$");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final ProgressService progress;
  private final ProgressWorkbook workbook;
  private final OutgoingRegister register;
  private final OrganisationDirectory directory;
  private final ZoneId zone;
  private final DateTimeFormatter time;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  YearArchive(HistoryService historyService, RepositoryService repositoryService, ProgressService progress,
      ProgressWorkbook workbook, OrganisationDirectory directory, Deadlines deadlines, OutgoingRegister register) {
    this.register = register;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.progress = progress;
    this.workbook = workbook;
    this.directory = directory;
    this.zone = deadlines.zone();
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
  }

  /** The year's process instances: its cycles, and the requests raised during it. */
  List<HistoricProcessInstance> instances(int year) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("%:" + year + "%").list().stream()
        .filter(instance -> String.valueOf(year).equals(cycleYear(instance.getBusinessKey())))
        .forEach(instance -> found.put(instance.getId(), instance));
    Date start = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    Date end = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
    historyService.createHistoricProcessInstanceQuery().startedAfter(new Date(start.getTime() - 1)).startedBefore(end).list()
        .stream().filter(instance -> cycleYear(instance.getBusinessKey()) == null)
        .forEach(instance -> found.putIfAbsent(instance.getId(), instance));
    return found.values().stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).toList();
  }

  /** How many of the instances still run; a year is closed when none of its instances does. */
  static long running(List<HistoricProcessInstance> instances) {
    return instances.stream().filter(instance -> instance.getEndTime() == null).count();
  }

  private static String cycleYear(String businessKey) {
    if (businessKey == null) {
      return null;
    }
    var matcher = CYCLE.matcher(businessKey);
    return matcher.matches() ? matcher.group(1) : null;
  }

  /** Writes the archive of the year whose instances are given ({@link #instances(int)}). */
  void write(int year, List<HistoricProcessInstance> instances, String cockpitInstanceUrl, OutputStream out) throws IOException {
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, String> processNames = new HashMap<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      processNames.put(definition.getId(), definition.getName());
    }
    Map<String, HistoricProcessInstance> byId = new HashMap<>();
    instances.forEach(instance -> byId.put(instance.getId(), instance));
    List<Map<String, Object>> files = new ArrayList<>();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      ProgressMatrix matrix = progress.matrix(year, null, cockpitInstanceUrl);
      entry(zip, "tien-do.json", json.writeValueAsBytes(matrix), files, "Bảng theo dõi tiến độ khi xuất (JSON)");
      entry(zip, "tien-do.xlsx", workbook.write(matrix), files, "Bảng theo dõi tiến độ khi xuất (Excel)");

      List<List<String>> cycles = new ArrayList<>();
      cycles.add(List.of("Mã quy trình", "Quy trình", "Mã kỳ", "Bắt đầu", "Kết thúc", "Trạng thái", "Người khởi động"));
      for (HistoricProcessInstance instance : instances) {
        cycles.add(List.of(instance.getId(), processNames.getOrDefault(instance.getProcessDefinitionId(), instance.getProcessDefinitionKey()),
            text(instance.getBusinessKey()), format(instance.getStartTime()), format(instance.getEndTime()), text(instance.getState()),
            text(instance.getStartUserId())));
      }
      entry(zip, "quy-trinh.csv", csv(cycles), files, "Các quy trình của năm");

      List<List<String>> tasks = new ArrayList<>();
      tasks.add(List.of("Mã nhiệm vụ", "Mã quy trình", "Mã kỳ", "Nhiệm vụ", "Đơn vị", "Giao lúc", "Hạn", "Hoàn thành lúc",
          "Người thực hiện", "Kết thúc do"));
      Map<String, String> completedBy = new HashMap<>();
      List<UserOperationLogEntry> log = auditLog(instances, byId.keySet());
      log.stream().filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())
          && entry.getTaskId() != null).forEach(entry -> completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId()));
      List<HistoricTaskInstance> taskList = new ArrayList<>();
      String[] businessKeys = instances.stream().map(HistoricProcessInstance::getBusinessKey).filter(key -> key != null)
          .distinct().toArray(String[]::new);
      for (String[] chunk : chunks(businessKeys)) {
        // a cycle's per-unit instances share its business key: one query for them all
        historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(chunk).list().stream()
            .filter(task -> byId.containsKey(task.getProcessInstanceId())).forEach(taskList::add);
      }
      instances.stream().filter(instance -> instance.getBusinessKey() == null).forEach(instance ->
          taskList.addAll(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()));
      taskList.sort(Comparator.comparing(HistoricTaskInstance::getStartTime));
      Map<String, String> unitOfTask = progress.units(taskList, instances);
      Set<String> unitIds = new HashSet<>();
      for (HistoricTaskInstance task : taskList) {
        String unit = unitOfTask.get(task.getId());
        if (unit != null && directory.find(unit).isPresent()) {
          unitIds.add(unit);
        } else {
          unit = null;
        }
        HistoricProcessInstance instance = byId.get(task.getProcessInstanceId());
        tasks.add(List.of(task.getId(), task.getProcessInstanceId(), instance == null ? "" : text(instance.getBusinessKey()),
            text(task.getName()), unit == null ? "" : directory.unitName(unit), format(task.getStartTime()), format(task.getDueDate()),
            format(task.getEndTime()), text(completedBy.getOrDefault(task.getId(), task.getAssignee())), text(task.getDeleteReason())));
      }
      entry(zip, "nhiem-vu.csv", csv(tasks), files, "Các nhiệm vụ: đơn vị, hạn, ai hoàn thành và khi nào");

      List<List<String>> values = new ArrayList<>();
      values.add(List.of("Thời điểm", "Mã quy trình", "Mã kỳ", "Mã nhiệm vụ", "Trường", "Giá trị"));
      List<HistoricDetail> details = new ArrayList<>();
      for (String[] chunk : chunks(ids)) {
        details.addAll(historyService.createHistoricDetailQuery().processInstanceIdIn(chunk).variableUpdates()
            .disableBinaryFetching().list());
      }
      details.sort(Comparator.comparing(HistoricDetail::getTime));
      for (HistoricDetail detail : details) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        Object value = "file".equals(update.getTypeName()) ? "(tệp)" : update.getValue();
        values.add(List.of(format(update.getTime()), update.getProcessInstanceId(),
            text(byId.get(update.getProcessInstanceId()).getBusinessKey()), text(update.getTaskId()),
            text(update.getVariableName()), value == null ? "" : String.valueOf(value)));
      }
      entry(zip, "gia-tri-da-nhap.csv", csv(values), files, "Mọi giá trị được ghi vào quy trình, theo thời gian");

      List<List<String>> audit = new ArrayList<>();
      audit.add(List.of("Thời điểm", "Người dùng", "Thao tác", "Mã quy trình", "Mã nhiệm vụ", "Thuộc tính", "Giá trị cũ", "Giá trị mới"));
      log.stream().sorted(Comparator.comparing(UserOperationLogEntry::getTimestamp)).forEach(entry -> audit.add(List.of(
          format(entry.getTimestamp()), text(entry.getUserId()), text(entry.getOperationType()), text(entry.getProcessInstanceId()),
          text(entry.getTaskId()), text(entry.getProperty()), text(entry.getOrgValue()), text(entry.getNewValue()))));
      entry(zip, "nhat-ky-thao-tac.csv", csv(audit), files, "Nhật ký thao tác: ai làm gì, khi nào");

      List<List<String>> issued = new ArrayList<>();
      issued.add(List.of("Số", "Ký hiệu", "Ngày ban hành", "Ký lúc", "Trích yếu", "Người ký", "Chức vụ", "Mã quy trình"));
      register.year(year).forEach(entry -> issued.add(List.of(String.valueOf(entry.number()), entry.symbol(),
          entry.issuedOn().toString(), entry.signedAt().toString(), entry.title(), text(entry.signer()), text(entry.signerTitle()),
          text(entry.processInstanceId()))));
      entry(zip, "so-van-ban-di.csv", csv(issued), files, "Sổ đăng ký văn bản đi của năm: số, ngày, trích yếu, người ký");

      for (String[] chunk : chunks(ids)) {
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk)
            .variableTypeIn("file").list()) {
          if (variable.getTypedValue() instanceof FileValue file && file.getFilename() != null) {
            String businessKey = byId.get(variable.getProcessInstanceId()).getBusinessKey();
            try (InputStream content = file.getValue()) {
              entry(zip, "tai-lieu/" + safe(businessKey) + "/" + safe(file.getFilename()), content.readAllBytes(), files,
                  "Tài liệu «" + variable.getName() + "» của " + businessKey);
            }
          }
        }
      }

      Map<String, Object> index = new LinkedHashMap<>();
      index.put("toChuc", directory.organisation().name());
      index.put("nam", year);
      index.put("xuatLuc", format(ClockUtil.getCurrentTime()));
      index.put("soQuyTrinh", instances.size());
      index.put("soNhiemVu", taskList.size());
      index.put("soDonVi", unitIds.size());
      index.put("tep", files);
      zip.putNextEntry(new ZipEntry("index.json"));
      zip.write(json.writeValueAsBytes(index));
      zip.closeEntry();
    }
  }

  /**
   * Camunda's audit log of the instances: one query per process (the log can be asked by process, not
   * by a list of instances), from the earliest start among them.
   */
  private List<UserOperationLogEntry> auditLog(List<HistoricProcessInstance> instances, Set<String> ids) {
    List<UserOperationLogEntry> log = new ArrayList<>();
    if (instances.isEmpty()) {
      return log;
    }
    Date since = new Date(instances.get(0).getStartTime().getTime() - 1);
    instances.stream().map(HistoricProcessInstance::getProcessDefinitionKey).distinct().forEach(key ->
        historyService.createUserOperationLogQuery().processDefinitionKey(key).afterTimestamp(since).list().stream()
            .filter(entry -> ids.contains(entry.getProcessInstanceId())).forEach(log::add));
    return log;
  }

  /** Ids in lists short enough for a SQL IN on every database. */
  private static List<String[]> chunks(String[] ids) {
    List<String[]> chunks = new ArrayList<>();
    for (int from = 0; from < ids.length; from += 1000) {
      chunks.add(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + 1000)));
    }
    return chunks;
  }

  private void entry(ZipOutputStream zip, String name, byte[] content, List<Map<String, Object>> files, String description)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("tep", name);
    file.put("moTa", description);
    file.put("kichThuoc", content.length);
    files.add(file);
  }

  private String format(Date date) {
    return date == null ? "" : time.format(date.toInstant());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** A file or folder name that every archive tool accepts. */
  private static String safe(String name) {
    return name == null ? "_" : name.replaceAll("[\\\\/:*?\"<>|]", "_");
  }

  /** RFC 4180 CSV, UTF-8 with a byte order mark so that Excel reads the Vietnamese letters. */
  static byte[] csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        out.append(i == 0 ? "" : ",");
        out.append(cell.matches("(?s).*[\",\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.append("\r\n");
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    return withBom;
  }
}
