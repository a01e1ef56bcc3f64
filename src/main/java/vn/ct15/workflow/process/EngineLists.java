package vn.ct15.workflow.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine configuration's lists of custom parts (parse listeners, job handlers, interceptors, …),
 * which Camunda leaves {@code null} until a plugin sets one: several plugins add to the same list.
 */
public final class EngineLists {

  private EngineLists() {}

  /**
   * The list {@code getter} returns, or a new one given to {@code setter} first, e.g.
   * {@code EngineLists.of(configuration::getCustomJobHandlers, configuration::setCustomJobHandlers).add(handler)}.
   */
  public static <T> List<T> of(Supplier<List<T>> getter, Consumer<List<T>> setter) {
    List<T> list = getter.get();
    if (list == null) {
      list = new ArrayList<>();
      setter.accept(list);
    }
    return list;
  }
}
