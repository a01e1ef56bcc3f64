package vn.ct15.workflow.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable with its name and its type, read and written through typed accessors (as
 * holunda-io's camunda-bpm-data does) so that no variable name is retyped and no value is cast where
 * it is used: {@code YEAR.from(execution)}, {@code DUE_DATE.on(execution, due)},
 * {@code withVariables(YEAR.name(), 2026)} in a test.
 *
 * @param <T> the type the variable holds
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<?> type;
  private final Function<Object, T> reader;

  private ProcessVariable(String name, Class<?> type, Function<Object, T> reader) {
    this.name = Objects.requireNonNull(name);
    this.type = type;
    this.reader = reader;
  }

  public static ProcessVariable<String> string(String name) {
    return of(name, String.class);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, Integer.class, value -> value instanceof Number number ? number.intValue()
        : Integer.valueOf(String.valueOf(value).trim()));
  }

  public static ProcessVariable<Long> longValue(String name) {
    return new ProcessVariable<>(name, Long.class, value -> value instanceof Number number ? number.longValue()
        : Long.valueOf(String.valueOf(value).trim()));
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return of(name, Boolean.class);
  }

  public static ProcessVariable<Date> date(String name) {
    return of(name, Date.class);
  }

  /** A value of any type, read as it is (a deadline given as an ISO text or as a date, a form's JSON value). */
  public static ProcessVariable<Object> any(String name) {
    return new ProcessVariable<>(name, Object.class, value -> value);
  }

  /** A list of texts (unit ids, document numbers); every element is checked. */
  public static ProcessVariable<List<String>> stringList(String name) {
    return new ProcessVariable<>(name, List.class, value -> {
      List<?> list = (List<?>) value;
      return list.stream().map(element -> element == null ? null : (String) element).toList();
    });
  }

  /** A list of maps (a table of rows); every element is checked. */
  public static ProcessVariable<List<Map<String, Object>>> rows(String name) {
    return new ProcessVariable<>(name, List.class, value -> ((List<?>) value).stream().map(ProcessVariable::row).toList());
  }

  private static Map<String, Object> row(Object element) {
    Map<?, ?> map = (Map<?, ?>) element;
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    map.forEach((key, value) -> row.put((String) key, value));
    return row;
  }

  private static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type, type::cast);
  }

  public String name() {
    return name;
  }

  /** The value, which must be there. */
  public T from(VariableScope scope) {
    T value = fromOrNull(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  /** The value, or null when the variable is not set. */
  public T fromOrNull(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  /** The value local to this scope, or null. */
  public T fromLocalOrNull(VariableScope scope) {
    return read(scope.getVariableLocal(name));
  }

  /** The value in a map of variables (a form's submission, a query's result), or null. */
  public T fromOrNull(Map<String, ?> variables) {
    return read(variables.get(name));
  }

  public void on(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void onLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  /** A variable map holding this value, to start a process or complete a task with. */
  public VariableMap with(T value) {
    return Variables.createVariables().putValue(name, value);
  }

  private T read(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return reader.apply(value);
    } catch (ClassCastException | NumberFormatException wrongType) {
      throw new IllegalStateException("Process variable '" + name + "' holds " + value.getClass().getSimpleName()
          + ", not " + type.getSimpleName(), wrongType);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
