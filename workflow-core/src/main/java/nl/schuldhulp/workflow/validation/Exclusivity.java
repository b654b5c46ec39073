package nl.schuldhulp.workflow.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schuldhulp.workflow.definition.Guard;

/**
 * Decides, soundly but simply, whether two guards can never hold at the same time. Only the
 * <em>conjuncts</em> of a guard are looked at: the guard itself and, through nested {@code allOf},
 * every guard it requires. Two guards are exclusive when
 *
 * <ul>
 *   <li>a conjunct of one is {@code not(g)} and {@code g} is a conjunct of the other; or
 *   <li>for some fact, the values the conjuncts of one allow and those of the other allow are
 *       disjoint. A conjunct {@code factEquals(f, v)} allows {@code {v}}; an {@code anyOf} whose
 *       members all compare the same fact allows the union of their values.
 * </ul>
 *
 * Everything else may overlap. The answer "exclusive" is therefore always right, while some
 * exclusive pairs (say {@code scoreAtLeast(d, 3)} against {@code not(scoreAtLeast(d, 2))}) are
 * treated as overlapping; ADR 0010 explains why this is enough.
 */
final class Exclusivity {
  private Exclusivity() {}

  /** Whether {@code a} and {@code b} can never hold at the same time. */
  static boolean exclusive(Guard a, Guard b) {
    Set<Guard> left = conjuncts(a);
    Set<Guard> right = conjuncts(b);
    return negates(left, right) || negates(right, left) || disjointFacts(left, right);
  }

  private static Set<Guard> conjuncts(Guard guard) {
    Set<Guard> conjuncts = new LinkedHashSet<>();
    conjuncts.add(guard);
    if (guard instanceof Guard.AllOf all) {
      all.guards().forEach(member -> conjuncts.addAll(conjuncts(member)));
    }
    return conjuncts;
  }

  /** Whether some conjunct of {@code left} is the negation of a conjunct of {@code right}. */
  private static boolean negates(Set<Guard> left, Set<Guard> right) {
    return left.stream()
        .anyMatch(guard -> guard instanceof Guard.Not not && right.contains(not.guard()));
  }

  private static boolean disjointFacts(Set<Guard> left, Set<Guard> right) {
    Map<String, Set<String>> leftValues = allowedValues(left);
    Map<String, Set<String>> rightValues = allowedValues(right);
    for (Map.Entry<String, Set<String>> entry : leftValues.entrySet()) {
      Set<String> other = rightValues.get(entry.getKey());
      if (other != null && other.stream().noneMatch(entry.getValue()::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per fact, the values every conjunct comparing it allows (the intersection). A conjunct
   * restricts a fact when it is a comparison of that fact, or an {@code anyOf} of comparisons of
   * that one fact.
   */
  private static Map<String, Set<String>> allowedValues(Set<Guard> conjuncts) {
    Map<String, Set<String>> allowed = new HashMap<>();
    for (Guard conjunct : conjuncts) {
      List<Guard> members = conjunct instanceof Guard.AnyOf any ? any.guards() : List.of(conjunct);
      if (members.stream().allMatch(Guard.FactEquals.class::isInstance)) {
        Set<String> facts = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (Guard member : members) {
          facts.add(((Guard.FactEquals) member).fact());
          values.add(((Guard.FactEquals) member).value());
        }
        if (facts.size() == 1) {
          allowed.merge(facts.iterator().next(), values, (earlier, later) -> {
            Set<String> both = new HashSet<>(earlier);
            both.retainAll(later);
            return both;
          });
        }
      }
    }
    return allowed;
  }
}
