package nl.schuldhulp.workflow.jackson;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.definition.Aftercare;
import nl.schuldhulp.workflow.definition.CasePolicy;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Smaller variants of a definition, for shrinking a counterexample: each with one list element
 * dropped (top-level lists, and a step's leads, tasks and transitions), or one part reset to its
 * default. Test code only; copies records through their canonical constructors.
 */
final class DefinitionShrinker {
  private static final List<String> LISTS = List.of("organisations", "facts", "domains", "entryPoints", "steps",
      "activities", "norms", "waivers", "exits");
  private static final List<String> STEP_LISTS = List.of("leads", "tasks", "transitions");

  private DefinitionShrinker() {}

  static List<WorkflowDefinition> smaller(WorkflowDefinition definition) {
    List<WorkflowDefinition> smaller = new ArrayList<>();
    for (String name : LISTS) {
      List<?> values = (List<?>) component(definition, name);
      for (int i = 0; i < values.size(); i++) {
        smaller.add(with(definition, name, without(values, i)));
      }
    }
    for (int s = 0; s < definition.steps().size(); s++) {
      Step step = definition.steps().get(s);
      for (String name : STEP_LISTS) {
        List<?> values = (List<?>) component(step, name);
        for (int i = 0; i < values.size(); i++) {
          List<Step> steps = new ArrayList<>(definition.steps());
          steps.set(s, with(step, name, without(values, i)));
          smaller.add(with(definition, "steps", steps));
        }
      }
    }
    addUnlessSame(smaller, definition, "signals", SignalRules.defaults());
    addUnlessSame(smaller, definition, "aftercare", Aftercare.none());
    addUnlessSame(smaller, definition, "policy", CasePolicy.defaults());
    addUnlessSame(smaller, definition, "description", "");
    return smaller;
  }

  private static void addUnlessSame(List<WorkflowDefinition> smaller, WorkflowDefinition definition, String name,
      Object value) {
    if (!component(definition, name).equals(value)) {
      smaller.add(with(definition, name, value));
    }
  }

  private static List<?> without(List<?> values, int index) {
    List<Object> copy = new ArrayList<>(values);
    copy.remove(index);
    return copy;
  }

  static Object component(Record record, String name) {
    try {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (component.getName().equals(name)) {
          return component.getAccessor().invoke(record);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalArgumentException("no component " + name);
  }

  /** A copy of {@code record} with one component replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String name, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = components[i].getName().equals(name) ? value : component(record, components[i].getName());
    }
    try {
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
