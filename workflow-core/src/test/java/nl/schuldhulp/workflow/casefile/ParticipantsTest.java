package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CORPORATION;
import static nl.schuldhulp.workflow.casefile.CaseDriver.changes;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.HUURCONSULENT;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.SCHULDHULPVERLENER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.TRAJECTBEGELEIDER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/**
 * R-17 (ADR 0036): a professional who takes part without holding regie is recorded with a start and
 * an end of involvement, and cannot end it while owning open tasks.
 */
class ParticipantsTest {
  private static final LocalDate NEXT_WEEK = LocalDate.of(2024, 3, 12);

  /** Registered by the neighbourhood team (client regie), with the W&amp;I trajectory coach taking part from day 1. */
  private static CaseDriver withCoach() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(add(BT, 1, WENI, TRAJECTBEGELEIDER));
    return driver;
  }

  private static Command.AddParticipant add(Actor actor, int day, String organisation, String role) {
    return new Command.AddParticipant(actor, day(day), organisation, role, "wi-3", "trajectbegeleiding naar werk");
  }

  private static Command.EndParticipation end(Actor actor, int day, String organisation, String role) {
    return new Command.EndParticipation(actor, day(day), organisation, role, "advies gegeven");
  }

  @Test
  void recordsAParticipantFromTheCommandsInstantAndInvolvesTheirOrganisation() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    assertThat(driver.reject(new Command.RecordContact(COACH, day(1), ContactChannel.PHONE, ContactDirection.OUTBOUND,
        true)).rule()).isEqualTo(RuleCode.ACTOR_NOT_INVOLVED);

    List<Event> events = driver.accept(add(BT, 1, WENI, TRAJECTBEGELEIDER));

    assertThat(changes(events)).containsExactly(
        new Change.ParticipantAdded(WENI, TRAJECTBEGELEIDER, "wi-3", "trajectbegeleiding naar werk"));
    Participant coach = driver.state.participant(WENI, TRAJECTBEGELEIDER).orElseThrow();
    assertThat(coach.started()).isEqualTo(day(1));
    assertThat(coach.ended()).isEmpty();
    assertThat(coach.professional()).contains("wi-3");
    assertThat(driver.state.involves(WENI)).isTrue();
    driver.accept(new Command.RecordContact(COACH, day(2), ContactChannel.PHONE, ContactDirection.OUTBOUND, true));
  }

  @Test
  void rejectsAddingAParticipantByAnOrganisationWithoutClientOrProcessRegie() {
    CaseDriver driver = withCoach();

    Rejection rejection = driver.reject(add(COACH, 2, CORPORATIE, HUURCONSULENT));

    assertThat(rejection.rule()).isEqualTo(RuleCode.NOT_LEAD_HOLDER);
    assertThat(rejection.reason()).contains(WENI);
  }

  @Test
  void rejectsAParticipantThatIsNoRoleOfAnOrganisationInTheDefinition() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(add(BT, 1, WENI, HUURCONSULENT)).rule()).isEqualTo(RuleCode.PARTICIPANT_UNKNOWN);
    assertThat(driver.reject(add(BT, 1, "ia-team", "klantmanager")).rule()).isEqualTo(RuleCode.PARTICIPANT_UNKNOWN);
  }

  @Test
  void rejectsAddingAPositionThatAlreadyTakesPartButAcceptsAnotherRoleOfTheSameOrganisation() {
    CaseDriver driver = withCoach();

    Rejection rejection = driver.reject(add(BT, 2, WENI, TRAJECTBEGELEIDER));

    assertThat(rejection.rule()).isEqualTo(RuleCode.ALREADY_PARTICIPATING);
    driver.accept(add(BT, 2, WENI, SCHULDHULPVERLENER));
    assertThat(driver.state.participants()).hasSize(2).allMatch(Participant::active);
  }

  @Test
  void rejectsEndingAParticipationThatIsNotActive() {
    CaseDriver driver = withCoach();

    assertThat(driver.reject(end(BT, 2, WENI, SCHULDHULPVERLENER)).rule()).isEqualTo(RuleCode.NOT_PARTICIPATING);
    driver.accept(end(COACH, 2, WENI, TRAJECTBEGELEIDER));
    assertThat(driver.reject(end(COACH, 3, WENI, TRAJECTBEGELEIDER)).rule()).isEqualTo(RuleCode.NOT_PARTICIPATING);
  }

  @Test
  void rejectsEndingAParticipationWhileTheParticipantOwnsOpenTasksAndNamesThem() {
    CaseDriver driver = withCoach();
    driver.accept(new Command.AssignTask(BT, day(1), "Bel de werkgever over loonbeslag",
        Assignee.role(WENI, TRAJECTBEGELEIDER), NEXT_WEEK, false));
    String task = driver.state.tasks().get(driver.state.tasks().size() - 1).id();

    Rejection rejection = driver.reject(end(COACH, 2, WENI, TRAJECTBEGELEIDER));

    assertThat(rejection.rule()).isEqualTo(RuleCode.PARTICIPANT_OWNS_OPEN_TASKS);
    assertThat(rejection.reason()).contains(task).contains("R-17");
    driver.accept(new Command.CompleteTask(COACH, day(2), task));
    driver.accept(end(COACH, 3, WENI, TRAJECTBEGELEIDER));
    assertThat(driver.state.participants().get(0).ended()).contains(day(3));
  }

  @Test
  void letsTheParticipantOrTheRegieHolderEndAParticipationButNoOtherOrganisation() {
    CaseDriver driver = withCoach();
    driver.accept(add(BT, 1, CORPORATIE, HUURCONSULENT));

    assertThat(driver.reject(end(CORPORATION, 2, WENI, TRAJECTBEGELEIDER)).rule()).isEqualTo(RuleCode.NOT_LEAD_HOLDER);
    driver.accept(end(CORPORATION, 2, CORPORATIE, HUURCONSULENT));
    driver.accept(end(BT, 2, WENI, TRAJECTBEGELEIDER));

    assertThat(driver.state.participants()).noneMatch(Participant::active);
  }

  @Test
  void keepsTheOrganisationInvolvedAfterItsParticipationEndedAndLetsItTakePartAgain() {
    CaseDriver driver = withCoach();
    driver.accept(end(COACH, 2, WENI, TRAJECTBEGELEIDER));

    assertThat(driver.state.involves(WENI)).isTrue();
    driver.accept(add(BT, 3, WENI, TRAJECTBEGELEIDER));
    assertThat(driver.state.participants()).extracting(Participant::started).containsExactly(day(1), day(3));
    assertThat(driver.state.participant(WENI, TRAJECTBEGELEIDER).orElseThrow().started()).isEqualTo(day(3));
  }

  @Test
  void closingTheCaseEndsOpenParticipationsAfterCancellingTheirTasks() {
    CaseDriver driver = withCoach();
    driver.accept(new Command.AssignTask(BT, day(1), "Bel de werkgever", Assignee.role(WENI, TRAJECTBEGELEIDER),
        NEXT_WEEK, false));

    List<Change> closing = changes(driver.accept(
        new Command.CloseCase(BT, day(2), ClosureType.NEGATIVE, "bt-17", "", "cliënt trekt zich terug")));

    int cancelled = closing.indexOf(closing.stream().filter(Change.TaskCancelled.class::isInstance)
        .filter(c -> !((Change.TaskCancelled) c).template().equals("kennismaking-plannen")).findFirst().orElseThrow());
    int ended = closing.indexOf(new Change.ParticipationEnded(WENI, TRAJECTBEGELEIDER, "case closed"));
    assertThat(ended).isGreaterThan(cancelled);
    assertThat(driver.state.participants().get(0).ended()).contains(day(2));
  }

  @Test
  void rejectsParticipantChangesOnAClosedCaseAndAReopenRestoresNoParticipation() {
    CaseDriver driver = withCoach();
    driver.accept(new Command.CloseCase(BT, day(2), ClosureType.NEGATIVE, "bt-17", "", "cliënt trekt zich terug"));

    assertThat(driver.reject(add(BT, 3, CORPORATIE, HUURCONSULENT)).rule()).isEqualTo(RuleCode.CASE_CLOSED);
    assertThat(driver.reject(end(COACH, 3, WENI, TRAJECTBEGELEIDER)).rule()).isEqualTo(RuleCode.CASE_CLOSED);
    driver.accept(new Command.ReopenCase(BT, day(3), "nieuwe achterstand"));

    assertThat(driver.state.participants()).hasSize(1).noneMatch(Participant::active);
    driver.accept(add(BT, 4, WENI, TRAJECTBEGELEIDER));
  }

  @Test
  void replayOfTheHistoryGivesTheSameParticipants() {
    CaseDriver driver = withCoach();
    driver.accept(add(BT, 1, BUURTTEAM, GENERALIST));
    driver.accept(end(COACH, 2, WENI, TRAJECTBEGELEIDER));

    assertThat(Cases.replay(CaseId.of("case-1"), driver.events)).isEqualTo(driver.state);
  }

  @Test
  void theRegieHolderSeesEveryParticipantAndAPartnerOnlyItsOwnParticipation() {
    CaseDriver driver = withCoach();
    driver.accept(add(BT, 2, CORPORATIE, HUURCONSULENT));

    OrganisationView team = OrganisationView.of(driver.state, SampleDefinitions.kanteling(), BUURTTEAM).orElseThrow();
    OrganisationView corporation = OrganisationView.of(driver.state, SampleDefinitions.kanteling(), CORPORATIE).orElseThrow();

    assertThat(team.participants()).extracting(Participant::organisation).containsExactly(WENI, CORPORATIE);
    assertThat(corporation.scope()).isEqualTo(OrganisationView.Scope.PARTNER);
    assertThat(corporation.participants()).extracting(Participant::organisation, Participant::role)
        .containsExactly(tuple(CORPORATIE, HUURCONSULENT));
  }
}
