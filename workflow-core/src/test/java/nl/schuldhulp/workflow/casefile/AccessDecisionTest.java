package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COUNSELLOR;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision on access (beschikking): admission, refusal and termination. */
class AccessDecisionTest {
  private static final LocalDate MARCH_8 = LocalDate.of(2024, 3, 8);

  @Test
  void anApplicantIsNotAClientUntilAdmitted() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    assertThat(driver.state.access()).isEqualTo(AccessStatus.UNDECIDED);
    assertThat(driver.state.admitted()).isFalse();

    List<Event> events = driver.accept(
        new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.ADMITTED, MARCH_8, "problematische schulden"));

    assertThat(events.get(0).change()).isEqualTo(
        new Change.AccessDecided(AccessOutcome.ADMITTED, MARCH_8, "problematische schulden"));
    assertThat(driver.state.admitted()).isTrue();
  }

  @Test
  void aRefusalIsRecordedWithItsDateAndGrounds() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    driver.accept(new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.REFUSED, MARCH_8, "geen schulden"));

    assertThat(driver.state.access()).isEqualTo(AccessStatus.REFUSED);
    assertThat(driver.state.admitted()).isFalse();
  }

  @Test
  void onlyTheMunicipalityItsDebtServiceOrACreditBankDecidesOnAccess() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.DecideAccess(BT, day(1), AccessOutcome.ADMITTED, MARCH_8, "x")).rule())
        .isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
  }

  @Test
  void rejectsADecisionDatedAfterTheCommand() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    assertThat(driver.reject(new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.ADMITTED,
        LocalDate.of(2024, 3, 20), "x")).rule()).isEqualTo(RuleCode.DECISION_DATE_AFTER_COMMAND);
  }

  @Test
  void rejectsASecondDecisionWhileAnAdmissionStands() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    driver.accept(new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.ADMITTED, MARCH_8, "x"));

    assertThat(driver.reject(new Command.DecideAccess(COUNSELLOR, day(6), AccessOutcome.REFUSED, MARCH_8, "y")).rule())
        .isEqualTo(RuleCode.ACCESS_ALREADY_DECIDED);
  }

  @Test
  void terminationAgainstTheClientsWillNeedsAnAdmittedClient() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();
    assertThat(driver.reject(new Command.DecideTermination(COUNSELLOR, day(5), MARCH_8, "geen medewerking")).rule())
        .isEqualTo(RuleCode.TERMINATION_REQUIRES_ADMISSION);

    driver.accept(new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.ADMITTED, MARCH_8, "x"));
    driver.accept(new Command.DecideTermination(COUNSELLOR, day(9), LocalDate.of(2024, 3, 13), "geen medewerking"));

    assertThat(driver.state.access()).isEqualTo(AccessStatus.TERMINATED);
  }

  @Test
  void aCaseMayConcernTwoPartnersButNoMore() {
    CaseDriver partners = CaseDriver.kanteling();
    partners.accept(new Command.RegisterCase(BT, day(0), "zelfmelding", List.of("client-1", "client-2")));
    assertThat(partners.state.clients()).containsExactly("client-1", "client-2");

    CaseDriver three = CaseDriver.kanteling();
    assertThat(three.reject(new Command.RegisterCase(BT, day(0), "zelfmelding", List.of("a", "b", "c"))).rule())
        .isEqualTo(RuleCode.CLIENT_COUNT_INVALID);
    assertThat(three.reject(new Command.RegisterCase(BT, day(0), "zelfmelding", List.of("a", "a"))).rule())
        .isEqualTo(RuleCode.CLIENT_COUNT_INVALID);
  }

  @Test
  void eitherPartnerActsAsAClientOfTheCase() {
    CaseDriver driver = CaseDriver.kanteling();
    driver.accept(new Command.RegisterCase(BT, day(0), "zelfmelding", List.of("client-1", "client-2")));

    driver.accept(new Command.RecordContact(Actor.client("client-2"), day(1), ContactChannel.MESSAGE,
        ContactDirection.INBOUND, true));
    assertThat(driver.reject(new Command.RecordContact(Actor.client("client-3"), day(1), ContactChannel.MESSAGE,
        ContactDirection.INBOUND, true)).rule()).isEqualTo(RuleCode.ACTOR_NOT_INVOLVED);
  }

  @Test
  void rejectsADecisionDatedBeforeTheCaseWasRegistered() {
    CaseDriver driver = CaseDriver.kanteling().ledByWeni();

    Rejection rejection = driver.reject(new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.ADMITTED,
        LocalDate.of(2024, 3, 3), "oud besluit"));

    assertThat(rejection.rule()).isEqualTo(RuleCode.DECISION_DATE_BEFORE_REGISTRATION);
    driver.accept(new Command.DecideAccess(COUNSELLOR, day(5), AccessOutcome.ADMITTED, LocalDate.of(2024, 3, 4), "x"));
  }

  @Test
  void theRegistrationDateIsReadInAmsterdam() {
    CaseDriver driver = CaseDriver.kanteling();
    java.time.Instant justAfterMidnight = java.time.Instant.parse("2024-03-03T23:30:00Z"); // 00:30 on 4 March
    driver.accept(new Command.RegisterCase(BT, justAfterMidnight, "zelfmelding", List.of("client-1")));
    driver.accept(new Command.ScheduleAppointment(BT, day(1), nl.schuldhulp.workflow.definition.AppointmentKind.INTAKE,
        day(2), List.of(nl.schuldhulp.workflow.testing.SampleDefinitions.WENI), true));

    assertThat(driver.state.registeredOn()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(driver.reject(new Command.DecideTermination(COUNSELLOR, day(1), LocalDate.of(2024, 3, 3), "x")).rule())
        .isEqualTo(RuleCode.TERMINATION_REQUIRES_ADMISSION);
    assertThat(driver.reject(new Command.DecideAccess(COUNSELLOR, day(1), AccessOutcome.REFUSED,
        LocalDate.of(2024, 3, 3), "x")).rule()).isEqualTo(RuleCode.DECISION_DATE_BEFORE_REGISTRATION);
  }
}
