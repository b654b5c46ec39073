package nl.schuldhulp.workflow.benchmarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates the alternatives by name and drives their machines along the step graph. Threadsafe. */
final class Libraries {
  static final String STATELESS4J = "stateless4j";
  static final String SQUIRREL = "squirrel";
  static final String SPRING = "spring-statemachine";
  static final List<String> ALL = List.of(STATELESS4J, SQUIRREL, SPRING);

  private Libraries() {}

  /** The alternative called {@code name}, running {@code graph}. */
  @SuppressWarnings("unchecked")
  static Alternative<Object, Object> named(String name, StepGraph graph) {
    Alternative<?, ?> alternative = switch (name) {
      case STATELESS4J -> new Stateless4jWorkflow(graph);
      case SQUIRREL -> new SquirrelWorkflow(graph);
      case SPRING -> new SpringWorkflow(graph);
      default -> throw new IllegalArgumentException("unknown library " + name + "; known: " + ALL);
    };
    return (Alternative<Object, Object>) alternative;
  }

  /** A new machine moved from the initial step to {@code step} along a shortest path whose guards hold for {@code data}. */
  static Object openAt(Alternative<Object, Object> alternative, StepGraph graph, String step, CaseData data) {
    Object machine = alternative.open(data);
    for (String next : path(graph, step)) {
      alternative.fire(machine, next, data);
    }
    if (!alternative.state(machine).equals(step)) {
      throw new IllegalStateException(alternative.name() + " ended in " + alternative.state(machine) + ", not " + step);
    }
    return machine;
  }

  /** The steps after the initial one on a shortest path to {@code target}. */
  static List<String> path(StepGraph graph, String target) {
    Map<String, String> previous = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(graph.initial()));
    previous.put(graph.initial(), graph.initial());
    while (!queue.isEmpty() && !previous.containsKey(target)) {
      String step = queue.removeFirst();
      for (StepGraph.Edge edge : graph.edges()) {
        if (edge.from().equals(step) && previous.putIfAbsent(edge.to(), step) == null) {
          queue.addLast(edge.to());
        }
      }
    }
    if (!previous.containsKey(target)) {
      throw new IllegalArgumentException("step " + target + " cannot be reached from " + graph.initial());
    }
    List<String> path = new ArrayList<>();
    for (String step = target; !step.equals(graph.initial()); step = previous.get(step)) {
      path.add(step);
    }
    Collections.reverse(path);
    return path;
  }
}
