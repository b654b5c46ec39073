package nl.schuldhulp.workflow.validation;

import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Step;

/**
 * Every step names exactly one holder of client regie, and of each other kind of regie the
 * definition uses: no holder is reported at the step's leads, a second holder at the later
 * lead rule. Client regie is needed even when no step names any kind, since only its holder moves
 * and closes a case (otherwise the engine could never leave the entry step).
 */
final class Leads {
  private Leads() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    List<LeadKind> used = new ArrayList<>(index.definition().leadKinds());
    if (!used.contains(LeadKind.CLIENT_LEAD)) {
      used.add(0, LeadKind.CLIENT_LEAD);
    }
    List<Step> steps = index.definition().steps();
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      Pointer leads = Pointer.root().at("steps").at(s).at("leads");
      for (LeadKind kind : used) {
        if (step.lead(kind).isEmpty()) {
          problems.add(
              ProblemCode.MISSING_LEAD,
              leads,
              "step '%s' names no holder of %s (%s), which %s",
              step.id(),
              kind.label(),
              kind,
              kind == LeadKind.CLIENT_LEAD ? "every step must (R-09)" : "other steps use");
        }
      }
      for (int l = 0; l < step.leads().size(); l++) {
        LeadRule rule = step.leads().get(l);
        LeadRule first = step.lead(rule.kind()).orElseThrow();
        if (step.leads().subList(0, l).contains(first)) {
          problems.add(
              ProblemCode.DUPLICATE_LEAD,
              leads.at(l),
              "step '%s' names a second holder of %s (%s): '%s' besides '%s'",
              step.id(),
              rule.kind().label(),
              rule.kind(),
              rule.organisation(),
              first.organisation());
        }
      }
    }
  }
}
