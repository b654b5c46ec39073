package nl.schuldhulp.workflow.casefile;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * What one organisation may see of a case (data minimisation, R-78). Debt-help and care
 * organisations involved in the case, and any regie holder or receiver, see the whole case ({@link
 * Scope#FULL}), and only they may record facts, flags, scores and life events. Other partners, such as a housing corporation or utility that signalled arrears, see
 * only what they need ({@link Scope#PARTNER}): whether the case is open and in which phase, who holds
 * regie, their own participations, tasks and appointments, and the activities that decide whether fixed costs are
 * paid again and from when (budget management, protective administration, moratorium, settlement);
 * not the facts, flags, scores, contacts or other tasks. An organisation not involved sees nothing.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param caseId the case
 * @param organisation the organisation looking
 * @param scope how much it sees
 * @param open whether the case is open
 * @param phase the current phase
 * @param leads who holds which regie: whom to call
 * @param participants who takes part without regie, with start and end; a partner sees only
 *     its own participations
 * @param tasks the tasks it may see
 * @param appointments the appointments it may see
 * @param activities the activities it may see
 * @param facts the facts; empty for a partner
 * @param flags the flags; empty for a partner
 * @param scores the assessment scores; empty for a partner
 */
public record OrganisationView(
    CaseId caseId,
    String organisation,
    Scope scope,
    boolean open,
    Phase phase,
    Map<LeadKind, String> leads,
    List<Participant> participants,
    List<Task> tasks,
    List<Appointment> appointments,
    List<Activity> activities,
    Map<String, String> facts,
    Set<Flag> flags,
    Map<String, Integer> scores) {

  /** The kinds of organisation that see the whole case: debt help, social work and welfare. */
  static final Set<OrganisationKind> FULL_KINDS = EnumSet.of(
      OrganisationKind.MUNICIPALITY, OrganisationKind.MUNICIPAL_DEBT_SERVICE, OrganisationKind.CREDIT_BANK,
      OrganisationKind.NEIGHBOURHOOD_TEAM, OrganisationKind.SOCIAL_WORK, OrganisationKind.SOCIAL_COUNSEL,
      OrganisationKind.WELFARE_ORGANISATION);
  private static final Set<ActivityKind> FIXED_COST_ACTIVITIES = EnumSet.of(
      ActivityKind.BUDGET_MANAGEMENT, ActivityKind.PROTECTIVE_ADMINISTRATION, ActivityKind.MORATORIUM,
      ActivityKind.DEBT_SETTLEMENT);

  /** How much of a case an organisation sees. */
  public enum Scope {
    /** The whole case. */
    FULL,
    /** Only what a signalling or fixed-cost partner needs. */
    PARTNER
  }

  /** Copies the collections. */
  public OrganisationView {
    leads = Map.copyOf(leads);
    participants = List.copyOf(participants);
    tasks = List.copyOf(tasks);
    appointments = List.copyOf(appointments);
    activities = List.copyOf(activities);
    facts = Map.copyOf(facts);
    flags = Set.copyOf(flags);
    scores = Map.copyOf(scores);
  }

  /**
   * What {@code organisation} may see of {@code state}; empty when it is neither involved nor offered
   * regie.
   */
  public static Optional<OrganisationView> of(CaseState state, WorkflowDefinition definition, String organisation) {
    Organisation known = definition.organisation(organisation).orElse(null);
    if (known == null || !state.registered() || !state.involves(organisation) && !state.receives(organisation)) {
      return Optional.empty();
    }
    if (seesWholeCase(state, known)) {
      return Optional.of(new OrganisationView(state.id(), organisation, Scope.FULL, state.open(), state.phase(),
          state.leads(), state.participants(), state.tasks(), state.appointments(), state.activities(), state.facts(),
          state.flags(), state.scores()));
    }
    return Optional.of(new OrganisationView(state.id(), organisation, Scope.PARTNER, state.open(), state.phase(),
        state.leads(),
        state.participants().stream().filter(p -> p.organisation().equals(organisation)).collect(Collectors.toList()),
        state.tasks().stream().filter(task -> ownedBy(task, organisation)).collect(Collectors.toList()),
        state.appointments().stream().filter(a -> a.organisations().contains(organisation)).collect(Collectors.toList()),
        state.activities().stream().filter(a -> FIXED_COST_ACTIVITIES.contains(a.kind())).collect(Collectors.toList()),
        Map.of(), Set.of(), Map.of()));
  }

  /**
   * Whether {@code organisation} sees the whole case ({@link Scope#FULL}): it holds or is offered
   * regie, or is of a debt-help, social or welfare kind. Only such an organisation may record what a
   * partner may not see (the engine's {@link Authority#FULL_SCOPE}).
   */
  static boolean seesWholeCase(CaseState state, Organisation organisation) {
    return FULL_KINDS.contains(organisation.kind()) || state.holdsLead(organisation.id())
        || state.receives(organisation.id());
  }

  private static boolean ownedBy(Task task, String organisation) {
    return task.owner() instanceof Assignee.OrganisationRole
        && ((Assignee.OrganisationRole) task.owner()).organisation().equals(organisation);
  }
}
