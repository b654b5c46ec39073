package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * R-17 over seeded random command sequences (the {@link CommandGenerator}'s, with participants
 * added, given tasks and ended among them), checked after every command: replay equals state,
 * participations are dated by their commands and never rewritten, an active participation involves
 * its organisation, and no participation ends while its position owns an open task.
 */
class ParticipantProperties {
  private static final int RUNS = 80;
  private static final int LENGTH = 100;

  private final Set<RuleCode> rejectedBy = EnumSet.noneOf(RuleCode.class);
  private final Set<String> accepted = new HashSet<>();

  @Test
  void participationsHoldOnTheKanteling() {
    check(SampleDefinitions.kanteling());
    assertThat(rejectedBy).contains(RuleCode.PARTICIPANT_OWNS_OPEN_TASKS, RuleCode.ALREADY_PARTICIPATING,
        RuleCode.NOT_PARTICIPATING, RuleCode.PARTICIPANT_UNKNOWN, RuleCode.NOT_LEAD_HOLDER);
  }

  @Test
  void participationsHoldOnTheFamilyApproachWithProcessRegie() {
    check(SampleDefinitions.gezinsaanpak());
  }

  private void check(WorkflowDefinition definition) {
    CommandGenerator others = new CommandGenerator(definition);
    List<Assignee.OrganisationRole> positions = new ArrayList<>();
    for (Organisation organisation : definition.organisations()) {
      for (Role role : organisation.roles()) {
        positions.add(new Assignee.OrganisationRole(organisation.id(), role.id()));
      }
    }
    ChoiceSequences.forAll(definition.id() + " participants", RUNS, LENGTH,
        choices -> run(definition, others, positions, choices, null),
        choices -> {
          StringBuilder text = new StringBuilder();
          run(definition, others, positions, choices, text);
          return text.toString();
        });
    assertThat(accepted).contains("AddParticipant", "EndParticipation", "CloseCase");
  }

  /** Runs {@code choices}, checking every step, or only describing them into {@code text} when given. */
  private void run(WorkflowDefinition definition, CommandGenerator others, List<Assignee.OrganisationRole> positions,
      List<Long> choices, StringBuilder text) {
    CaseEngine engine = Cases.engine(definition, BusinessCalendar.weekdays());
    CaseId id = CaseId.of("case-1");
    CaseState state = Cases.newCase(id);
    List<Event> history = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Command command = next(state, others, positions, i, choices.get(i));
      Decision decision = engine.decide(state, command);
      if (text != null) {
        text.append(i).append(": ").append(command).append("\n   -> ").append(decision).append('\n');
      }
      if (decision instanceof Decision.Rejected rejected) {
        rejectedBy.add(rejected.rejection().rule());
        continue;
      }
      accepted.add(command.getClass().getSimpleName());
      List<Event> events = ((Decision.Accepted) decision).events();
      CaseState previous = state;
      state = Cases.replay(state, events);
      history.addAll(events);
      if (text == null) {
        assertThat(Cases.replay(id, history)).as("replay equals state").isEqualTo(state);
        participations(previous, command, events, state);
      }
    }
  }

  private static void participations(CaseState previous, Command command, List<Event> events, CaseState state) {
    List<Participant> before = previous.registered() ? previous.participants() : List.of();
    List<Participant> after = state.participants();
    assertThat(after.size()).isGreaterThanOrEqualTo(before.size());
    for (int i = 0; i < after.size(); i++) {
      Participant now = after.get(i);
      if (i >= before.size()) {
        assertThat(now.started()).as("a participation starts at its command").isEqualTo(command.at());
      } else if (!now.equals(before.get(i))) {
        assertThat(before.get(i).active()).as("an ended participation is never rewritten").isTrue();
        assertThat(now.ended()).as("a participation ends at its command").contains(command.at());
        assertThat(now.started()).isEqualTo(before.get(i).started());
      }
    }
    Set<String> active = new HashSet<>();
    for (Participant participant : after) {
      if (participant.active()) {
        assertThat(active.add(participant.organisation() + "/" + participant.role()))
            .as("one active participation per position").isTrue();
        assertThat(state.involves(participant.organisation())).as("a participant's organisation is involved").isTrue();
      }
    }
    if (state.closed()) {
      assertThat(after).as("a closed case has no active participant").noneMatch(Participant::active);
    }
    for (Event event : events) {
      if (event.change() instanceof Change.ParticipationEnded ended) {
        Assignee position = Assignee.role(ended.organisation(), ended.role());
        assertThat(state.tasks()).as("no participation ends while its position owns an open task (R-17)")
            .noneMatch(task -> task.open() && task.owner().equals(position));
      }
    }
  }

  /** A participant command, a task for a participant, or one of the {@link CommandGenerator}'s. */
  private static Command next(CaseState s, CommandGenerator others, List<Assignee.OrganisationRole> positions,
      int index, long choice) {
    Random r = new Random(choice ^ 0x5DEECE66DL);
    if (!s.registered() || r.nextInt(3) > 0) {
      return others.next(s, index, choice);
    }
    Assignee.OrganisationRole position = r.nextInt(8) == 0
        ? new Assignee.OrganisationRole(positions.get(0).organisation(), "onbekend")
        : positions.get(r.nextInt(positions.size()));
    List<String> holders = List.copyOf(s.leads().values());
    String organisation = r.nextInt(4) == 0 || holders.isEmpty() ? position.organisation()
        : holders.get(r.nextInt(holders.size()));
    Actor actor = Actor.professional(organisation,
        organisation.equals(position.organisation()) ? position.role() : firstRole(positions, organisation), "p-1");
    var at = CommandGenerator.at(index, choice);
    switch (r.nextInt(4)) {
      case 0:
      case 1:
        return new Command.AddParticipant(actor, at, position.organisation(), position.role(),
            r.nextBoolean() ? "" : "p-2", "advies");
      case 2:
        return new Command.AssignTask(actor, at, "Actie", position, LocalDate.ofInstant(at, BusinessCalendar.ZONE),
            false);
      default:
        return new Command.EndParticipation(actor, at, position.organisation(), position.role(), "afgerond");
    }
  }

  private static String firstRole(List<Assignee.OrganisationRole> positions, String organisation) {
    return positions.stream().filter(p -> p.organisation().equals(organisation)).findFirst()
        .map(Assignee.OrganisationRole::role).orElse("onbekend");
  }
}
