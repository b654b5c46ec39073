package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CLIENT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.CORPORATION;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COUNSELLOR;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** Who may do what with a case, and what each organisation sees. */
class AuthorisationTest {
  private static final WorkflowDefinition KANTELING = SampleDefinitions.kanteling();

  @Test
  void anOrganisationNotInvolvedInTheCaseMayDoNothingWithIt() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    Rejection rejection = driver.reject(new Command.RecordContact(CORPORATION, day(1), ContactChannel.PHONE,
        ContactDirection.OUTBOUND, true));

    assertThat(rejection.rule()).isEqualTo(RuleCode.ACTOR_NOT_INVOLVED);
    assertThat(rejection.reason()).contains(CORPORATIE).contains("not involved");
  }

  @Test
  void anOrganisationUnknownToTheDefinitionIsRefused() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.RecordContact(Actor.professional("bank", "medewerker", "x"), day(1),
        ContactChannel.PHONE, ContactDirection.OUTBOUND, true)).rule()).isEqualTo(RuleCode.ACTOR_NOT_INVOLVED);
  }

  @Test
  void aRoleTheOrganisationDoesNotHaveIsRefused() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    assertThat(driver.reject(new Command.RecordContact(Actor.professional("buurtteam", "directeur", "x"), day(1),
        ContactChannel.PHONE, ContactDirection.OUTBOUND, true)).rule()).isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
  }

  @Test
  void theClientMayIssueOnlyTheCommandKindsOpenToClients() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    Rejection rejection = driver.reject(new Command.RaiseFlag(CLIENT, day(1), Flag.URGENT, "afsluiting"));

    assertThat(rejection.rule()).isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
    assertThat(rejection.reason()).contains("RaiseFlag");
    assertThat(new Command.RaiseFlag(CLIENT, day(1), Flag.URGENT, "x").authority()).isEqualTo(Authority.FULL_SCOPE);
    assertThat(new Command.MoveCase(CLIENT, day(1), "huisbezoek").authority()).isEqualTo(Authority.PROFESSIONAL);
    assertThat(new Command.CompleteTask(CLIENT, day(1), "T1").authority()).isEqualTo(Authority.PROFESSIONAL_OR_CLIENT);
  }

  @Test
  void onlyAnOrganisationTheEntryPointAdmitsRegistersThroughIt() {
    CaseDriver driver = CaseDriver.kanteling();

    assertThat(driver.reject(new Command.RegisterCase(CORPORATION, day(0), "zelfmelding", List.of("c"))).rule())
        .isEqualTo(RuleCode.ENTRY_POINT_NOT_ALLOWED);
    assertThat(driver.reject(new Command.RegisterCase(BT, day(0), "bestaat-niet", List.of("c"))).rule())
        .isEqualTo(RuleCode.ENTRY_POINT_NOT_ALLOWED);
  }

  @Test
  void aSignallingCorporationSeesWhetherFixedCostsArePaidAgainButNotTheWholeCase() {
    CaseDriver driver = CaseDriver.kanteling();
    driver.accept(new Command.RegisterCase(CORPORATION, day(0), "signaal-corporatie", List.of("client-1")));
    driver.accept(new Command.RaiseFlag(BT, day(0), Flag.URGENT, "huurachterstand drie maanden"));
    driver.accept(new Command.RecordFact(BT, day(0), "spoor", "3"));
    driver.accept(new Command.AssignTask(BT, day(0), "Bevestig dat de huur weer wordt betaald",
        Assignee.role(CORPORATIE, "huurconsulent"), LocalDate.of(2024, 4, 1), false));
    driver.accept(new Command.AssignTask(BT, day(0), "Lever bankafschriften in", Assignee.client(),
        LocalDate.of(2024, 3, 11), true));
    driver.accept(new Command.ProposeLeadHandover(BT, day(0), nl.schuldhulp.workflow.definition.LeadKind.CLIENT_LEAD,
        WENI, nl.schuldhulp.workflow.definition.HandoverMode.COLD, "budgetbeheer"));
    driver.accept(new Command.StartActivity(BT, day(1), ActivityKind.BUDGET_MANAGEMENT, WENI));
    driver.accept(new Command.StartActivity(BT, day(1), ActivityKind.CRISIS_INTERVENTION, WENI));

    OrganisationView corporation = OrganisationView.of(driver.state, KANTELING, CORPORATIE).orElseThrow();

    assertThat(corporation.scope()).isEqualTo(OrganisationView.Scope.PARTNER);
    assertThat(corporation.activities()).extracting(Activity::kind).containsExactly(ActivityKind.BUDGET_MANAGEMENT);
    assertThat(corporation.activities().get(0).started()).isEqualTo(day(1));
    assertThat(corporation.tasks()).extracting(Task::text).containsExactly("Bevestig dat de huur weer wordt betaald");
    assertThat(corporation.facts()).isEmpty();
    assertThat(corporation.flags()).isEmpty();
    assertThat(corporation.open()).isTrue();
  }

  @Test
  void theRegieHolderSeesTheWholeCaseAndAnUninvolvedOrganisationNothing() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.RaiseFlag(BT, day(1), Flag.URGENT, "afsluiting energie"));

    OrganisationView team = OrganisationView.of(driver.state, KANTELING, "buurtteam").orElseThrow();
    assertThat(team.scope()).isEqualTo(OrganisationView.Scope.FULL);
    assertThat(team.flags()).containsExactly(Flag.URGENT);
    assertThat(OrganisationView.of(driver.state, KANTELING, WENI)).isEmpty();
    assertThat(OrganisationView.of(driver.state, KANTELING, CORPORATIE)).isEmpty();
  }

  @Test
  void aPartnerBecomesInvolvedByTakingPartInAnAppointmentAndThenMayRecordIt() {
    CaseDriver driver = CaseDriver.kanteling().registered();
    driver.accept(new Command.ScheduleAppointment(BT, day(1), AppointmentKind.HOME_VISIT, day(2),
        List.of("buurtteam", CORPORATIE), true));

    driver.accept(new Command.HoldAppointment(CORPORATION, day(2), "A1", "Samen huisbezoek gedaan", FollowUp.notRecorded()));

    assertThat(driver.reject(new Command.MissAppointment(COUNSELLOR, day(2), "A1", "x")).rule())
        .isEqualTo(RuleCode.ACTOR_NOT_INVOLVED);
  }
}
