package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A deadline between two moments of a case: from one milestone to another within a term, legal
 * (Wgs), sectoral (NVVK) or local, optionally only when a condition holds and only for cases whose
 * start falls within its validity. The built-in norms are in {@link Norms}.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique in the definition, e.g. {@code "wgs-eerste-gesprek"}
 * @param label Dutch description, e.g. "Eerste gesprek binnen 4 weken na hulpvraag"
 * @param source where the norm comes from
 * @param from the milestone the term counts from
 * @param to the milestone that meets the norm
 * @param within the term
 * @param appliesWhen the condition under which the norm applies; {@link Guard#always()} if always
 * @param validity the dates whose start moments the norm applies to
 * @param citation the article or agreement it rests on, e.g. "Wgs art. 4a lid 1"
 */
public record Norm(
    @NotBlank String id,
    @NotBlank String label,
    @NotNull NormSource source,
    @NotNull Milestone from,
    @NotNull Milestone to,
    @NotNull @Valid Term within,
    @NotNull @Valid Guard appliesWhen,
    @NotNull Validity validity,
    @NotBlank String citation) {

  /** Checks the arguments. */
  public Norm {
    requireText(id, "id");
    requireText(label, "label");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(appliesWhen, "appliesWhen");
    Objects.requireNonNull(validity, "validity");
    requireText(citation, "citation");
  }

  /** A local norm that always applies, citing the municipality's own agreement. */
  public static Norm local(
      String id, String label, Milestone from, Milestone to, Term within, String citation) {
    return new Norm(
        id, label, NormSource.LOCAL, from, to, within, Guard.always(), Validity.ALWAYS, citation);
  }

  /** A copy that applies only when {@code condition} holds. */
  public Norm when(Guard condition) {
    return new Norm(id, label, source, from, to, within, condition, validity, citation);
  }

  /** A copy valid for cases whose start falls within {@code newValidity}. */
  public Norm valid(Validity newValidity) {
    return new Norm(id, label, source, from, to, within, appliesWhen, newValidity, citation);
  }
}
