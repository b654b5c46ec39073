package nl.schuldhulp.workflow.jackson;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Suggests the id someone probably meant when a semantic problem points at a reference that does
 * not resolve, e.g. {@code "to": "huisbezok"} where a step {@code huisbezoek} exists. Which ids
 * are candidates follows from the member the pointer ends in. Package-private; stateless.
 */
final class IdReferences {
  private IdReferences() {}

  /**
   * The closest declared id for the reference at {@code modelPointer}, whose value is {@code
   * value}; {@code ""} when the pointer is no reference, the id exists, or nothing is close.
   */
  static String suggest(String modelPointer, String value, WorkflowDefinition definition) {
    Collection<String> candidates = candidates(Pointers.tokens(modelPointer), definition);
    return candidates.contains(value) ? "" : Suggestions.closest(value, candidates);
  }

  /** Whether the last token of the pointer is itself the reference (a map key). */
  static boolean isKeyReference(String modelPointer) {
    List<String> tokens = Pointers.tokens(modelPointer);
    return tokens.size() >= 2 && tokens.get(tokens.size() - 2).equals("stalledAfterPerStep");
  }

  private static Collection<String> candidates(List<String> tokens, WorkflowDefinition definition) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    String last = tokens.get(tokens.size() - 1);
    String parent = tokens.size() >= 2 ? tokens.get(tokens.size() - 2) : "";
    String top = tokens.get(0);
    if (last.equals("to") && parent.matches("\\d+") || last.equals("step")
        || parent.equals("steps") && top.equals("exits") || parent.equals("stalledAfterPerStep")) {
      return ids(definition.steps().stream().map(step -> step.id()));
    } else if (last.equals("organisation")
        || parent.equals("organisations") && (top.equals("entryPoints") || top.equals("activities"))) {
      return ids(definition.organisations().stream().map(Organisation::id));
    } else if (last.equals("role")) {
      return ids(definition.organisations().stream().flatMap(org -> org.roles().stream()).map(role -> role.id()));
    } else if (last.equals("fact")) {
      return ids(definition.facts().stream().map(fact -> fact.id()));
    } else if (last.equals("domain")) {
      return ids(definition.domains().stream().map(domain -> domain.id()));
    } else if (last.equals("norm")) {
      return ids(definition.norms().stream().map(norm -> norm.id()));
    } else if (last.equals("task")) {
      return ids(definition.steps().stream().flatMap(step -> step.tasks().stream()).map(task -> task.id()));
    }
    return List.of();
  }

  private static Collection<String> ids(Stream<String> ids) {
    return ids.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
