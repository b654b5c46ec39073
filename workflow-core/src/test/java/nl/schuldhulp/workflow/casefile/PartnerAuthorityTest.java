package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CLIENT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CORPORATION;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import org.junit.jupiter.api.Test;

/**
 * Who may write what: a partner records nothing it may not see, only the
 * organisation that may close a case reopens it, and a client records only its own contacts.
 */
class PartnerAuthorityTest {

  /** A case the housing corporation signalled: it is involved, but sees only its part. */
  private static CaseDriver signalledByTheCorporation() {
    CaseDriver driver = CaseDriver.kanteling();
    driver.accept(new Command.RegisterCase(CORPORATION, day(0), "signaal-corporatie", List.of("client-1")));
    assertThat(OrganisationView.of(driver.state, driver.engine.definition(), CORPORATIE).orElseThrow().scope())
        .isEqualTo(OrganisationView.Scope.PARTNER);
    return driver;
  }

  @Test
  void rejectsFactsFlagsScoresAndLifeEventsFromAPartnerThatSeesOnlyItsPart() {
    CaseDriver driver = signalledByTheCorporation();

    List<Command> writes = List.of(
        new Command.RecordFact(CORPORATION, day(1), "spoor", "2"),
        new Command.RaiseFlag(CORPORATION, day(1), Flag.CRISIS, "huisuitzetting"),
        new Command.RecordAssessment(CORPORATION, day(1), "financien", 2),
        new Command.RecordLifeEvent(CORPORATION, day(1), LifeEventKind.JOB_LOSS));

    for (Command write : writes) {
      Rejection rejection = driver.reject(write);
      assertThat(rejection.rule()).as("%s", write).isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
      assertThat(rejection.reason()).contains("sees the whole case");
    }
  }

  @Test
  void rejectsClearingAFlagByAPartnerButNotByTheNeighbourhoodTeam() {
    CaseDriver driver = signalledByTheCorporation();
    driver.accept(new Command.RaiseFlag(BT, day(1), Flag.CRISIS, "huisuitzetting"));

    driver.reject(new Command.ClearFlag(CORPORATION, day(2), Flag.CRISIS, "betalingsregeling"));
    driver.accept(new Command.ClearFlag(BT, day(2), Flag.CRISIS, "betalingsregeling"));

    assertThat(driver.state.flagged(Flag.CRISIS)).isFalse();
  }

  @Test
  void rejectsAReopenByAPartnerThatMayNotCloseTheCase() {
    CaseDriver driver = signalledByTheCorporation();
    driver.accept(new Command.CloseCase(BT, day(1), ClosureType.NEGATIVE, "bt-17", "", "cliënt trekt zich terug"));

    Rejection rejection = driver.reject(new Command.ReopenCase(CORPORATION, day(2), "nieuwe achterstand"));

    assertThat(rejection.rule()).isEqualTo(RuleCode.NOT_LEAD_HOLDER);
    assertThat(driver.state.returns()).isZero();
    driver.accept(new Command.ReopenCase(BT, day(2), "nieuwe achterstand"));
    assertThat(driver.state.returning()).isTrue();
  }

  @Test
  void rejectsAReopenByAnInvolvedSpecialistThatDoesNotHoldClientRegie() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.CloseCase(BT, day(3), ClosureType.NEGATIVE, "bt-17", "", "cliënt trekt zich terug"));

    assertThat(driver.reject(new Command.ReopenCase(COACH, day(4), "toch hulp")).rule())
        .isEqualTo(RuleCode.NOT_LEAD_HOLDER);
  }

  @Test
  void rejectsAnOutboundContactRecordedByTheClient() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    Rejection rejection = driver.reject(
        new Command.RecordContact(CLIENT, day(1), ContactChannel.VISIT, ContactDirection.OUTBOUND, true));

    assertThat(rejection.rule()).isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
    assertThat(rejection.reason()).contains("inbound");
  }

  @Test
  void theClientRecordsAnInboundContact() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    driver.accept(new Command.RecordContact(CLIENT, day(1), ContactChannel.PHONE, ContactDirection.INBOUND, true));

    assertThat(driver.state.contacts().contacts()).isEqualTo(1);
  }
}
