package nl.schuldhulp.workflow.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Authority;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Participant;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Commands that every correct engine must refuse, whatever the definition: the generator's share
 * of wrong actors, wrong roles, unknown steps, leaving with required tasks open, stale timestamps,
 * changes to a closed case; and the testkit's own judgement, independent of the engine, of why a
 * command must be refused. Immutable and threadsafe.
 */
final class Refusals {
  static final String UNKNOWN_ORGANISATION = "onbekende-organisatie";
  static final String UNKNOWN_ROLE = "onbekende-rol";
  static final String UNKNOWN_STEP = "onbekende-stap";
  private static final Set<OrganisationKind> ACCESS_AUTHORITIES =
      Set.of(OrganisationKind.MUNICIPALITY, OrganisationKind.MUNICIPAL_DEBT_SERVICE, OrganisationKind.CREDIT_BANK);

  /** No reason: a definition may allow the command. */
  private static final String NONE = "";

  private final CaseOptions options;
  private final WorkflowDefinition definition;

  Refusals(CaseOptions options) {
    this.options = options;
    this.definition = options.definition;
  }

  /** Why {@code command} must be refused in {@code state}; empty when a definition may allow it. */
  String expected(CaseState state, Command command) {
    String why = lifecycle(state, command);
    if (why.isEmpty()) {
      why = actor(state, command);
    }
    if (why.isEmpty() && state.registered() && command.at().isBefore(state.lastEventAt())) {
      why = "tijdstip ligt voor de laatste gebeurtenis";
    }
    return why.isEmpty() ? rule(state, command) : why;
  }

  private static String lifecycle(CaseState state, Command command) {
    boolean register = command instanceof Command.RegisterCase;
    boolean reopen = command instanceof Command.ReopenCase;
    if (!state.registered()) {
      return register ? NONE : "de zaak is nog niet aangemeld";
    }
    if (register) {
      return "de zaak is al aangemeld";
    }
    if (state.closed() && !reopen) {
      return "een afgesloten zaak verandert alleen door heropenen";
    }
    return !state.closed() && reopen ? "een open zaak kan niet heropend worden" : NONE;
  }

  private String actor(CaseState state, Command command) {
    if (command.actor() instanceof Actor.Client client) {
      if (!state.registered() || !state.clients().contains(client.client())) {
        return "niet de cliënt van deze zaak";
      }
      return command.authority() == Authority.PROFESSIONAL_OR_CLIENT
          ? NONE : "een cliënt mag dit niet";
    }
    Actor.Professional professional = (Actor.Professional) command.actor();
    Organisation organisation = options.index.organisation(professional.organisation()).orElse(null);
    if (organisation == null) {
      return "organisatie hoort niet bij de definitie";
    }
    if (!options.index.hasRole(organisation.id(), professional.role())) {
      return "rol bestaat niet bij de organisatie";
    }
    if (state.registered() && !state.involves(organisation.id()) && !answersOwnOffer(state, command, organisation.id())) {
      return "organisatie is niet betrokken bij de zaak";
    }
    if (command.authority() == Authority.ACCESS_AUTHORITY && !ACCESS_AUTHORITIES.contains(organisation.kind())) {
      return "alleen gemeente, schulddienstverlening of kredietbank beslist hierover";
    }
    return NONE;
  }

  /** Whether {@code command} accepts or declines regie offered to {@code organisation}: it is not involved until it accepts. */
  private static boolean answersOwnOffer(CaseState state, Command command, String organisation) {
    return (command instanceof Command.AcceptLeadHandover || command instanceof Command.DeclineLeadHandover)
        && state.handovers().stream().anyMatch(handover -> handover.to().equals(organisation));
  }

  private String rule(CaseState state, Command command) {
    String organisation = command.actor() instanceof Actor.Professional p ? p.organisation() : "";
    if (command instanceof Command.MoveCase move) {
      Step step = options.index.step(state.step());
      if (!GuardReading.hasTransition(step, move.step())) {
        return "stap " + state.step() + " heeft geen overgang naar " + move.step();
      }
      if (GuardReading.anyOpenRequiredTask(state)) {
        return "verplichte taken staan nog open";
      }
    }
    if ((command instanceof Command.MoveCase || command instanceof Command.CloseCase) && !mayMove(state, organisation)) {
      return organisation + " heeft geen regie op de klant";
    }
    if (command instanceof Command.AcceptLeadHandover accept) {
      return notReceiver(state, accept.kind(), organisation);
    }
    if (command instanceof Command.DeclineLeadHandover decline) {
      return notReceiver(state, decline.kind(), organisation);
    }
    if (command instanceof Command.AddParticipant add) {
      return !organisesParticipants(state, organisation) ? organisation + " heeft geen regie op klant of proces"
          : !options.index.hasRole(add.organisation(), add.role()) ? add.role() + " is geen rol van " + add.organisation()
          : state.participant(add.organisation(), add.role()).isPresent() ? "neemt al deel in deze rol" : NONE;
    }
    return command instanceof Command.EndParticipation end ? endParticipation(state, end, organisation) : NONE;
  }

  /** by the participant's own organisation or a regie holder, of an active participation, with no open task. */
  private String endParticipation(CaseState state, Command.EndParticipation end, String organisation) {
    if (!organisation.equals(end.organisation()) && !organisesParticipants(state, organisation)) {
      return organisation + " is niet de deelnemer en heeft geen regie op klant of proces";
    }
    if (state.participant(end.organisation(), end.role()).isEmpty()) {
      return "neemt niet deel in deze rol";
    }
    Assignee position = Assignee.role(end.organisation(), end.role());
    return state.tasks().stream().anyMatch(task -> task.open() && task.owner().equals(position))
        ? "de deelnemer heeft nog open taken (R-17)" : NONE;
  }

  private boolean organisesParticipants(CaseState state, String organisation) {
    return organisation.equals(state.leadHolder(LeadKind.CLIENT_LEAD).orElse(null))
        || organisation.equals(state.leadHolder(LeadKind.PROCESS_LEAD).orElse(null))
        || organisation.equals(state.leadHolder(options.primaryKind).orElse(null));
  }

  private boolean mayMove(CaseState state, String organisation) {
    return organisation.equals(state.leadHolder(options.primaryKind).orElse(null))
        || definition.policy().processLeadMayMoveCase()
            && organisation.equals(state.leadHolder(LeadKind.PROCESS_LEAD).orElse(null));
  }

  private static String notReceiver(CaseState state, LeadKind kind, String organisation) {
    Optional<PendingHandover> pending = state.handover(kind);
    if (pending.isEmpty()) {
      return "er loopt geen overdracht van " + kind.label();
    }
    return pending.get().to().equals(organisation)
        ? NONE : "alleen " + pending.get().to() + " beantwoordt de overdracht";
  }

  /** Commands that must be refused in {@code state} at {@code at} ({@code stale} lies before the last event). */
  List<Option> in(CaseState state, Instant at, Instant stale) {
    if (!state.registered()) {
      return List.of(Option.sampled("niet aangemeld", 1, List.of(
          new Command.RecordContact(options.professional(definition.organisations().get(0).id()), at,
              nl.schuldhulp.workflow.casefile.ContactChannel.PHONE,
              nl.schuldhulp.workflow.casefile.ContactDirection.OUTBOUND, true))));
    }
    List<Option> refusals = new ArrayList<>();
    String moverOrganisation = options.mover(state);
    Actor.Professional mover = options.professional(moverOrganisation);
    refusals.add(Option.sampledFrom("verouderd tijdstip", 3, options.whileOpen(state, stale)));
    if (state.closed()) {
      refusals.add(Option.sampledFrom("afgesloten zaak wijzigen", 6, options.whileOpen(state, at)));
      return refusals;
    }
    refusals.add(Option.sampled("verkeerde actor", 3,
        new Command.MoveCase(Actor.professional(UNKNOWN_ORGANISATION, "medewerker", "x-1"), at, state.step()), () -> {
          List<Command> actors = new ArrayList<>();
          actors.add(new Command.RecordFact(Actor.professional(moverOrganisation, UNKNOWN_ROLE, "x-2"), at, "feit", "waarde"));
          actors.add(new Command.MoveCase(options.client(state), at, state.step()));
          for (Organisation organisation : definition.organisations()) {
            String id = organisation.id();
            if (!state.involves(id)) {
              actors.add(new Command.AcknowledgeMessage(options.professional(id), at));
            } else if (!mayMove(state, id)) {
              actors.add(new Command.CloseCase(options.professional(id), at,
                  nl.schuldhulp.workflow.definition.ClosureType.NEGATIVE, id, "overleg", "geen regie"));
            }
          }
          return actors;
        }));
    refusals.add(Option.sampled("verkeerde stap", 3, new Command.MoveCase(mover, at, UNKNOWN_STEP), () -> {
      List<Command> moves = new ArrayList<>();
      moves.add(new Command.ReopenCase(mover, at, "nog open"));
      moves.add(new Command.RegisterCase(mover, at, definition.entryPoints().get(0).id(), List.of("client-2")));
      if (GuardReading.anyOpenRequiredTask(state)) {
        for (Transition transition : options.index.step(state.step()).transitions()) {
          moves.add(new Command.MoveCase(mover, at, transition.to()));
        }
      }
      state.handovers().forEach(handover ->
          moves.add(new Command.AcceptLeadHandover(options.professional(handover.from()), at, handover.kind())));
      state.participants().stream().filter(Participant::active).forEach(participant -> moves.add(
          new Command.AddParticipant(mover, at, participant.organisation(), participant.role(), "", "nog een keer")));
      return moves;
    }));
    return refusals;
  }
}
