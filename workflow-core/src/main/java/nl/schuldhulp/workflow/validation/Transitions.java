package nl.schuldhulp.workflow.validation;

import java.util.List;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;

/**
 * The transitions out of one step are unambiguous. A step has at most one transition to each target
 * (a second is reported at its target). Two transitions to different targets that may both be
 * enabled by the same facts have different priorities (reported at the later one's priority);
 * whether they may both be enabled is decided by {@link Exclusivity}.
 */
final class Transitions {
  private Transitions() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    List<Step> steps = index.definition().steps();
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      Pointer at = Pointer.root().at("steps").at(s).at("transitions");
      List<Transition> transitions = step.transitions();
      for (int later = 0; later < transitions.size(); later++) {
        check(step, transitions.subList(0, later), transitions.get(later), at.at(later), problems);
      }
    }
  }

  private static void check(
      Step step, List<Transition> earlier, Transition later, Pointer at, ProblemList problems) {
    if (earlier.stream().anyMatch(transition -> transition.to().equals(later.to()))) {
      problems.add(
          ProblemCode.DUPLICATE_TRANSITION,
          at.at("to"),
          "step '%s' has more than one transition to '%s'; merge them into one",
          step.id(),
          later.to());
    }
    for (Transition other : earlier) {
      if (!other.to().equals(later.to())
          && other.priority() == later.priority()
          && !Exclusivity.exclusive(other.guard(), later.guard())) {
        problems.add(
            ProblemCode.AMBIGUOUS_TRANSITIONS,
            at.at("priority"),
            "transitions of step '%s' to '%s' and to '%s' may both be enabled and have the same"
                + " priority %d; give them different priorities or exclusive guards",
            step.id(),
            other.to(),
            later.to(),
            later.priority());
      }
    }
  }
}
