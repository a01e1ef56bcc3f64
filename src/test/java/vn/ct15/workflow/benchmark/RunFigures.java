package vn.ct15.workflow.benchmark;

import java.util.ArrayList;
import java.util.List;

/** What one launch of the application measured for one workload on one database. */
final class RunFigures {

  String workload;
  int units;
  double launchSeconds;
  double createSeconds;
  int remindersExpected;
  int remindersReceived;
  double reminderSeconds;
  boolean remindersOverlapped;
  long finishedTasksInHistory;
  double queryP50Millis;
  double queryP95Millis;
  double completeSeconds;
  int completed;
  int clientErrors;
  int clientConflicts;
  long serverConflicts;
  long jobFailures;
  double finishSeconds = Double.NaN;
  long peakHeapBytes;
  final List<String> errorSamples = new ArrayList<>();

  static RunFigures notRun() {
    RunFigures figures = new RunFigures();
    figures.workload = "not run";
    return figures;
  }

  double tasksPerSecond() {
    return completed / completeSeconds;
  }

  double remindersPerSecond() {
    return remindersReceived / reminderSeconds;
  }

  double peakHeapMegabytes() {
    return peakHeapBytes / (1024.0 * 1024.0);
  }
}
