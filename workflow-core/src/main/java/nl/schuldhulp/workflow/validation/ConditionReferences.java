package nl.schuldhulp.workflow.validation;

import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;

/**
 * References inside conditions and milestones resolve. In every guard (transition guards, norm
 * conditions, exit conditions, nested ones too): a fact exists and the compared value is one it
 * declares; an assessment domain exists; an activity kind is offered by an activity rule. In every
 * norm milestone: a step exists, a task is the id of a task template of some step, an activity kind
 * is offered.
 */
final class ConditionReferences {
  private ConditionReferences() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    index.forEachGuard((guard, at) -> guard(guard, at, index, problems));
    List<Norm> norms = index.definition().norms();
    for (int n = 0; n < norms.size(); n++) {
      Pointer at = Pointer.root().at("norms").at(n);
      milestone(norms.get(n).from(), at.at("from"), index, problems);
      milestone(norms.get(n).to(), at.at("to"), index, problems);
    }
  }

  private static void guard(Guard guard, Pointer at, DefinitionIndex index, ProblemList problems) {
    if (guard instanceof Guard.FactEquals equals) {
      if (problems.requireKnown("fact", equals.fact(), index.factIds(), at.at("fact"))) {
        List<String> values = index.factValues(equals.fact());
        if (!values.contains(equals.value())) {
          String near = ProblemList.nearest(equals.value(), values);
          problems.addSuggesting(
              ProblemCode.UNDECLARED_FACT_VALUE,
              at.at("value"),
              near,
              "fact '%s' has no value '%s'%s; its values are: %s",
              equals.fact(),
              equals.value(),
              ProblemList.hint(near),
              String.join(", ", values));
        }
      }
    } else if (guard instanceof Guard.ScoreAtLeast score) {
      problems.requireKnown(
          "assessment domain", score.domain(), index.domainIds(), at.at("domain"));
    } else if (guard instanceof Guard.ActivityActive active) {
      offered(active.kind(), at.at("kind"), index, problems);
    }
  }

  private static void milestone(
      Milestone milestone, Pointer at, DefinitionIndex index, ProblemList problems) {
    if (milestone instanceof Milestone.StepEntered entered) {
      problems.requireKnown("step", entered.step(), index.stepIds(), at.at("step"));
    } else if (milestone instanceof Milestone.TaskCompleted completed) {
      problems.requireKnown("task", completed.task(), index.taskIds(), at.at("task"));
    } else if (milestone instanceof Milestone.ActivityStarted started) {
      offered(started.kind(), at.at("kind"), index, problems);
    } else if (milestone instanceof Milestone.ActivityEnded ended) {
      offered(ended.kind(), at.at("kind"), index, problems);
    }
  }

  private static void offered(
      ActivityKind kind, Pointer at, DefinitionIndex index, ProblemList problems) {
    if (!index.offers(kind)) {
      problems.add(
          ProblemCode.ACTIVITY_NOT_OFFERED,
          at,
          "activity '%s' (%s) is not offered: no activity rule says which organisation carries it"
              + " out",
          kind.label(),
          kind);
    }
  }
}
