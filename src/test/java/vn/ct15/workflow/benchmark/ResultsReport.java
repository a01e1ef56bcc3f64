package vn.ct15.workflow.benchmark;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as Markdown: one table per database, the ct15 cycle next to the bare baseline. */
final class ResultsReport {

  private ResultsReport() {}

  static String markdown(BenchmarkSettings settings, SyntheticOrganisation organisation, Map<String, List<RunFigures>> results) {
    StringBuilder out = new StringBuilder();
    out.append("# ct15 benchmark, ").append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
    out.append(String.format(Locale.ROOT, "Organisation: %d units (%d communes of kind ward, %d district-level offices added to "
            + "Kiến An's), %d people. %d units report; each unit's task goes to its group, so one reminder is %d e-mails "
            + "(every person who can do the task). %d officials complete concurrently over REST. Machine: %d cores, "
            + "application heap -Xmx%s.%n%n",
        organisation.units, settings.communes(), settings.offices(), organisation.people, organisation.performers.size(),
        organisation.performerPeople, settings.clients(), Runtime.getRuntime().availableProcessors(), settings.heap()));
    for (Map.Entry<String, List<RunFigures>> entry : results.entrySet()) {
      RunFigures cycle = entry.getValue().get(0);
      RunFigures bare = entry.getValue().get(1);
      out.append("## ").append(entry.getKey().equals("h2") ? "H2 (file)" : "PostgreSQL").append("\n\n");
      out.append("| figure | ct15 cycle | bare baseline | ratio | target | met? |\n|---|---:|---:|---:|---|---|\n");
      row(out, "seconds from launch to /actuator/health UP", cycle.launchSeconds, bare.launchSeconds, "%.1f", null, null);
      row(out, "seconds to create the cycle (every unit's task exists)", cycle.createSeconds, bare.createSeconds, "%.1f",
          "< 10 s", cycle.createSeconds < 10);
      out.append(String.format(Locale.ROOT, "| reminder e-mails received / expected | %d / %d | %d / %d | | all | %s |%n",
          cycle.remindersReceived, cycle.remindersExpected, bare.remindersReceived, bare.remindersExpected,
          yes(allReminders(cycle) && allReminders(bare))));
      row(out, "seconds until every reminder is out (from its due time)", cycle.reminderSeconds, bare.reminderSeconds, "%.1f",
          "< 60 s", cycle.reminderSeconds < 60 && allReminders(cycle) && allReminders(bare));
      row(out, "reminders sent per second", cycle.remindersPerSecond(), bare.remindersPerSecond(), "%.1f", null, null);
      row(out, "tasks completed per second (" + settings.clients() + " clients)", cycle.tasksPerSecond(), bare.tasksPerSecond(),
          "%.1f", "≥ ½ bare", cycle.tasksPerSecond() >= bare.tasksPerSecond() / 2);
      row(out, "one unit's Tasklist query p50, ms", cycle.queryP50Millis, bare.queryP50Millis, "%.1f", null, null);
      row(out, "one unit's Tasklist query p95, ms", cycle.queryP95Millis, bare.queryP95Millis, "%.1f", "< 50 ms",
          cycle.queryP95Millis < 50);
      out.append(String.format(Locale.ROOT, "| finished tasks in history during the query | %d | %d | | ≥ %d | %s |%n",
          cycle.finishedTasksInHistory, bare.finishedTasksInHistory, settings.history(),
          yes(cycle.finishedTasksInHistory >= settings.history())));
      row(out, "peak heap used, MB", cycle.peakHeapMegabytes(), bare.peakHeapMegabytes(), "%.0f", null, null);
      out.append(String.format(Locale.ROOT, "| seconds to consolidate (draft of every report, Phòng Nội vụ, approval, mail to the city) | %.1f | – | | | |%n",
          cycle.finishSeconds));
      out.append(String.format(Locale.ROOT, "| optimistic locking conflicts seen by clients | %d | %d | | 0 | %s |%n",
          cycle.clientConflicts, bare.clientConflicts, yes(cycle.clientConflicts == 0)));
      out.append(String.format(Locale.ROOT, "| optimistic locking conflicts in the application (logged, retried) | %d | %d | | | |%n",
          cycle.serverConflicts, bare.serverConflicts));
      out.append(String.format(Locale.ROOT, "| failed job executions (history job log) | %d | %d | | | |%n",
          cycle.jobFailures, bare.jobFailures));
      out.append(String.format(Locale.ROOT, "| client errors | %d | %d | | 0 | %s |%n%n",
          cycle.clientErrors, bare.clientErrors, yes(cycle.clientErrors == 0 && bare.clientErrors == 0)));
      for (RunFigures run : entry.getValue()) {
        if (run.remindersOverlapped) {
          out.append("Note (").append(run.workload).append("): creation ran past the reminders' due time, so reminders "
              + "of the tasks created later were not scheduled (raise -Dct15.benchmark.reminder-delay).\n\n");
        }
        for (String error : run.errorSamples) {
          out.append("Error (").append(run.workload).append("): ").append(error).append("\n\n");
        }
      }
    }
    out.append("""
        How: each workload runs in its own application JVM (java -cp … Ct15Application) on a fresh database, driven over
        /engine-rest with HTTP Basic as the directory's people. Launch to UP: from starting the JVM (empty database: schema,
        the directory's groups, users and memberships, authorizations, filters) until /actuator/health answers UP. Creation:
        from Phòng Nội vụ's start (ct15) or from the first of the administrator's starts from 16 clients (bare) until every
        unit's task exists (counted in SQL every 100 ms). Reminders: ct15.reminders.before=PT1H with the deadline an hour and a few seconds ahead; seconds
        from the reminders' due time (or from the end of creation, if later) until the last arrives on the benchmark's
        GreenMail. History: the cycle's own rows (process instance, tasks, candidate links) copied in SQL as finished
        earlier cycles until the history holds the number of finished tasks shown. Tasklist query: the shared filter "Việc
        của đơn vị tôi", first page of 15, as a random unit's official, one at a time after 20 warm-up queries. Completion:
        16 concurrent clients, each as the unit's official: the unit's task list, then the form submitted (POST
        /task/{id}/complete, validated by the server). Peak heap: the actuator metric jvm.memory.used (area heap), sampled
        every 200 ms over the JVM's life. Conflicts in the application: log lines with OptimisticLockingException.
        """);
    return out.toString();
  }

  private static void row(StringBuilder out, String figure, double cycle, double bare, String format, String target, Boolean met) {
    out.append("| ").append(figure).append(" | ").append(String.format(Locale.ROOT, format, cycle)).append(" | ")
        .append(String.format(Locale.ROOT, format, bare)).append(" | ")
        .append(bare == 0 || Double.isNaN(bare) ? "" : String.format(Locale.ROOT, "%.2f", cycle / bare)).append(" | ")
        .append(target == null ? "" : target).append(" | ").append(met == null ? "" : yes(met)).append(" |\n");
  }

  /** Every expected reminder arrived, and no more. */
  private static boolean allReminders(RunFigures run) {
    return run.remindersExpected > 0 && run.remindersReceived == run.remindersExpected;
  }

  private static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }
}
