package vn.ct15.workflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills the history with finished tasks, the fastest honest way we have: the rows the engine wrote
 * for the cycle just created (its process instance, every unit's task and the task's candidate
 * link) are copied in SQL, {@code INSERT ... SELECT}, as earlier cycles that ended: fresh ids
 * (the original id and {@code :h<n>}), an end time, state COMPLETED. The copies have the shape and
 * indexes of real history; no engine code runs for them.
 */
final class HistoryLoader {

  /** Id columns made unique for each copy. */
  private static final Set<String> IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_", "TASK_ID_",
      "ACT_INST_ID_", "PARENT_TASK_ID_", "SUPER_PROCESS_INSTANCE_ID_", "BUSINESS_KEY_");

  private HistoryLoader() {}

  /** Copies the process's history until at least {@code target} finished tasks exist; returns their number. */
  static long load(Database database, String processKey, long target) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      long finished = finishedTasks(statement);
      long perCopy = count(statement, "select count(*) from ACT_HI_TASKINST where PROC_DEF_KEY_ = '" + processKey + "'");
      if (perCopy == 0) {
        return finished;
      }
      String tasks = "ACT_HI_TASKINST where PROC_DEF_KEY_ = '" + processKey + "' and ID_ not like '%:h%'";
      String instances = "ACT_HI_PROCINST where PROC_DEF_KEY_ = '" + processKey + "' and ID_ not like '%:h%'";
      String links = "ACT_HI_IDENTITYLINK where PROC_DEF_KEY_ = '" + processKey + "' and TASK_ID_ is not null"
          + " and ID_ not like '%:h%'";
      List<String> taskColumns = columns(statement, "ACT_HI_TASKINST");
      List<String> instanceColumns = columns(statement, "ACT_HI_PROCINST");
      List<String> linkColumns = columns(statement, "ACT_HI_IDENTITYLINK");
      for (int copy = 1; finished < target; copy++) {
        String suffix = ":h" + copy;
        statement.executeUpdate(copy("ACT_HI_PROCINST", instanceColumns, instances, suffix));
        statement.executeUpdate(copy("ACT_HI_TASKINST", taskColumns, tasks, suffix));
        statement.executeUpdate(copy("ACT_HI_IDENTITYLINK", linkColumns, links, suffix));
        finished += perCopy;
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return finishedTasks(statement);
    }
  }

  static long finishedTasks(Statement statement) throws SQLException {
    return count(statement, "select count(*) from ACT_HI_TASKINST where END_TIME_ is not null");
  }

  private static String copy(String table, List<String> columns, String source, String suffix) {
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      values.add(switch (column) {
        case "END_TIME_" -> "coalesce(END_TIME_, START_TIME_)";
        case "DURATION_" -> "coalesce(DURATION_, 3600000)";
        case "DELETE_REASON_" -> "coalesce(DELETE_REASON_, 'completed')";
        case "STATE_" -> "'COMPLETED'";
        case "TASK_STATE_" -> "'Completed'";
        default -> IDS.contains(column) ? "case when " + column + " is null then null else " + column + " || '" + suffix
            + "' end" : column;
      });
    }
    return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from " + source;
  }

  private static List<String> columns(Statement statement, String table) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select * from " + table + " where 1 = 0")) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i).toUpperCase());
      }
      return columns;
    }
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
