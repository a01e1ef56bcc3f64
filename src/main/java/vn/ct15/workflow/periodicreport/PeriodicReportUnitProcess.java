package vn.ct15.workflow.periodicreport;

/**
 * The process {@code ct15-periodic-report-unit} (Mục III.1, Kế hoạch 77/KH-UBND): one implementing
 * unit's report in one reporting period. The cycle ({@link PeriodicReportProcess}) starts one instance
 * per unit with the cycle's business key; the unit's form fields are the variables of its own
 * instance. The BPMN element ids and variable names the code and tests use.
 */
public final class PeriodicReportUnitProcess {

  public static final String KEY = "ct15-periodic-report-unit";

  private PeriodicReportUnitProcess() {}

  /** BPMN element ids. */
  public static final class Element {
    public static final String START = "StartEvent_UnitAssigned";
    public static final String SUBMIT_REPORT = "Task_SubmitReport";
    /** Asynchronous: once the report is saved, tells the cycle when it was the last one. */
    public static final String RECORD_REPORTED = "Task_RecordReported";
    public static final String UNIT_REPORTED = "EndEvent_UnitReported";

    private Element() {}
  }

  /** Process variables, given by the cycle at the start (the form's fields come from the unit). */
  public static final class Var {
    /**
     * String, transient (while the unit's task is created, for its name): the period in words. The period's
     * code is in the business key.
     */
    public static final String PERIOD_LABEL = PeriodicReportProcess.Var.PERIOD_LABEL;
    /** String, kept: the days the unit's figures cover, which its form states. */
    public static final String DATA_WINDOW = PeriodicReportProcess.Var.DATA_WINDOW;
    /** String, kept: the unit's kind (directory code), which decides the figures its form asks for. */
    public static final String UNIT_KIND = "unitKind";
    /**
     * Date, transient (while the unit's task is created, for its due date): the date the unit's report is
     * due.
     */
    public static final String REPORT_DUE = PeriodicReportProcess.Var.REPORT_DUE;

    private Var() {}
  }
}
