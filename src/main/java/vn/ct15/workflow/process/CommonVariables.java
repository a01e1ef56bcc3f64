package vn.ct15.workflow.process;

import java.util.Date;
import java.util.List;

/**
 * The variables every process of the plan shares, defined once: code and tests use these instead
 * of the names. A process's constants class ({@code …Process.Var}) holds only what is its own.
 */
public final class CommonVariables {

  /** The plan year of a cycle; given at a manual start, else the current year. */
  public static final ProcessVariable<Integer> YEAR = ProcessVariable.integer("year");
  /** Optional, at a start: an ISO date or date-time that replaces the configured due date of the cycle. */
  public static final ProcessVariable<Object> DEADLINE = ProcessVariable.any("deadline");
  /** The date the tasks of a cycle are due (the configured day, or the deadline given). */
  public static final ProcessVariable<Date> DUE_DATE = ProcessVariable.date("dueDate");
  /** The units that take part in a cycle, in the directory's order. */
  public static final ProcessVariable<List<String>> UNITS = ProcessVariable.stringList("units");
  /** The unit of one instance of per-unit work (local to its sub-process instance, or of a unit's process). */
  public static final ProcessVariable<String> UNIT_ID = ProcessVariable.string("unitId");
  /** A decision: approved (true) or returned (false); a required choice on the approval forms. */
  public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.bool("approved");
  /** The comment that goes with a decision; required when a document is returned. */
  public static final ProcessVariable<String> COMMENT = ProcessVariable.string("comment");

  private CommonVariables() {}
}
