package nl.schuldhulp.workflow.validation;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.Norm;

/**
 * No two norms would both apply to one case as the same deadline: two norms with different ids, the
 * same source, the same milestones and the same condition must have validities that do not overlap
 * e.g. the 36-month settlement term until 30 June 2023 and the 18-month term from 1 July
 * 2023). Norms from different sources may overlap: a local norm stricter than the legal one is
 * allowed beside it. Norms sharing an id are left to {@link UniqueIds}.
 */
final class NormOverlaps {
  private NormOverlaps() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    List<Norm> norms = index.definition().norms();
    for (int later = 0; later < norms.size(); later++) {
      Norm norm = norms.get(later);
      for (Norm other : norms.subList(0, later)) {
        if (overlap(other, norm)) {
          problems.add(
              ProblemCode.OVERLAPPING_NORMS,
              Pointer.root().at("norms").at(later),
              "norms '%s' and '%s' count between the same moments under the same condition and"
                  + " both apply to cases starting on %s",
              other.id(),
              norm.id(),
              latestStart(other, norm));
        }
      }
    }
  }

  private static boolean overlap(Norm a, Norm b) {
    return !a.id().equals(b.id())
        && a.source() == b.source()
        && a.from().equals(b.from())
        && a.to().equals(b.to())
        && a.appliesWhen().equals(b.appliesWhen())
        && a.validity().overlaps(b.validity());
  }

  private static String latestStart(Norm a, Norm b) {
    LocalDate from =
        a.validity().from().isAfter(b.validity().from())
            ? a.validity().from()
            : b.validity().from();
    return from.equals(LocalDate.MIN) ? "any date" : "or after " + from;
  }
}
