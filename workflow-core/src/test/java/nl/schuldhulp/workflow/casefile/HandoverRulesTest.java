package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.casefile.CaseDriver.BT;
import static nl.schuldhulp.workflow.casefile.CaseDriver.COACH;
import static nl.schuldhulp.workflow.casefile.CaseDriver.day;
import static nl.schuldhulp.workflow.definition.LeadKind.CLIENT_LEAD;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/**
 * Who may receive regie and when a handover counts: offers go to organisations that
 * may hold regie, the receiver is involved only once it accepts, a decline is kept, and a warm
 * handover needs a meeting of sender and receiver made for this offer.
 */
class HandoverRulesTest {
  private static final String GEMEENTE = "gemeente";
  private static final Actor MUNICIPAL_OFFICER = Actor.professional(GEMEENTE, "consulent", "gm-1");

  /** The Kanteling fixture with a municipality that no step names as a regie holder. */
  private static CaseDriver withAMunicipality() {
    Organisation municipality = new Organisation(GEMEENTE, "Gemeente", OrganisationKind.MUNICIPALITY, Track.NONE,
        List.of(new Role("consulent", "consulent")));
    CaseDriver driver = new CaseDriver(SampleDefinitions.kanteling().toBuilder().organisation(municipality).build());
    return driver.registered();
  }

  @Test
  void rejectsAHandoverToAPartnerThatNoStepNamesAsRegieHolder() {
    CaseDriver driver = CaseDriver.kanteling().registered();

    Rejection rejection = driver.reject(
        new Command.ProposeLeadHandover(BT, day(1), CLIENT_LEAD, CORPORATIE, HandoverMode.COLD, "huurachterstand"));

    assertThat(rejection.rule()).isEqualTo(RuleCode.HANDOVER_RECEIVER_INVALID);
  }

  @Test
  void aHandoverMayGoToAnOrganisationOfAKindThatSeesTheWholeCase() {
    CaseDriver driver = withAMunicipality();

    driver.accept(new Command.ProposeLeadHandover(BT, day(1), CLIENT_LEAD, GEMEENTE, HandoverMode.COLD, "wgs-traject"));
    driver.accept(new Command.AcceptLeadHandover(MUNICIPAL_OFFICER, day(2), CLIENT_LEAD));

    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(GEMEENTE);
    assertThat(driver.state.involves(GEMEENTE)).isTrue();
  }

  @Test
  void anOfferInvolvesTheReceiverOnlyOnceItAccepts() {
    CaseDriver driver = withAMunicipality();

    driver.accept(new Command.ProposeLeadHandover(BT, day(1), CLIENT_LEAD, GEMEENTE, HandoverMode.COLD, "wgs-traject"));

    assertThat(driver.state.involves(GEMEENTE)).isFalse();
    assertThat(OrganisationView.of(driver.state, driver.engine.definition(), GEMEENTE))
        .hasValueSatisfying(view -> assertThat(view.scope()).isEqualTo(OrganisationView.Scope.FULL));
    assertThat(driver.reject(new Command.RecordContact(MUNICIPAL_OFFICER, day(1), ContactChannel.PHONE,
        ContactDirection.OUTBOUND, true)).rule()).isEqualTo(RuleCode.ACTOR_NOT_INVOLVED);
  }

  @Test
  void aDeclinedReceiverIsNotInvolvedAndTheStateKeepsTheDecline() {
    CaseDriver driver = withAMunicipality();
    driver.accept(new Command.ProposeLeadHandover(BT, day(1), CLIENT_LEAD, GEMEENTE, HandoverMode.COLD, "wgs-traject"));

    driver.accept(new Command.DeclineLeadHandover(MUNICIPAL_OFFICER, day(2), CLIENT_LEAD, "eerst stabiliseren"));

    assertThat(driver.state.involves(GEMEENTE)).isFalse();
    assertThat(OrganisationView.of(driver.state, driver.engine.definition(), GEMEENTE)).isEmpty();
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(BUURTTEAM);
    assertThat(driver.state.declinedHandover(CLIENT_LEAD))
        .contains(new DeclinedHandover(CLIENT_LEAD, BUURTTEAM, GEMEENTE, "eerst stabiliseren", day(2)));
    assertThat(driver.state.declinedHandovers()).hasSize(1);
  }

  @Test
  void theStateKeepsOnlyTheLatestDeclinePerKind() {
    CaseDriver driver = withAMunicipality();
    driver.accept(new Command.ProposeLeadHandover(BT, day(1), CLIENT_LEAD, GEMEENTE, HandoverMode.COLD, "eerste"));
    driver.accept(new Command.DeclineLeadHandover(MUNICIPAL_OFFICER, day(1), CLIENT_LEAD, "te vroeg"));
    driver.accept(new Command.ProposeLeadHandover(BT, day(3), CLIENT_LEAD, GEMEENTE, HandoverMode.COLD, "tweede"));
    driver.accept(new Command.DeclineLeadHandover(MUNICIPAL_OFFICER, day(4), CLIENT_LEAD, "nog steeds te vroeg"));

    assertThat(driver.state.declinedHandovers()).singleElement()
        .satisfies(declined -> {
          assertThat(declined.reason()).isEqualTo("nog steeds te vroeg");
          assertThat(declined.declinedAt()).isEqualTo(day(4));
        });
  }

  @Test
  void rejectsAWarmHandoverAcceptedOnAMeetingFromAnEarlierHandover() {
    CaseDriver driver = CaseDriver.kanteling().stabilised();
    driver.accept(new Command.RecordAssessment(COACH, day(6), "financien", 3));
    driver.accept(new Command.MoveCase(COACH, day(6), "driegesprek-aanbod"));
    driver.accept(new Command.RecordFact(COACH, day(7), "spoor", "2"));
    driver.accept(new Command.MoveCase(COACH, day(7), "begeleiding-buurtteam")); // warm, W&I to the team

    assertThat(driver.reject(new Command.AcceptLeadHandover(BT, day(8), CLIENT_LEAD)).rule())
        .isEqualTo(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT);
    driver.accept(new Command.ScheduleAppointment(COACH, day(8), AppointmentKind.HANDOVER_MEETING, day(9),
        List.of(WENI, BUURTTEAM), true));
    driver.accept(new Command.AcceptLeadHandover(BT, day(8), CLIENT_LEAD));
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(BUURTTEAM);
  }

  @Test
  void acceptsAWarmHandoverOnAMeetingBookedDuringTheSendingContactBeforeTheOffer() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.ScheduleAppointment(BT, day(2), AppointmentKind.HANDOVER_MEETING, day(5),
        List.of(BUURTTEAM, WENI), true));
    driver.accept(new Command.CompleteTask(COACH, day(3), driver.task("actielijst")));
    driver.accept(new Command.MoveCase(BT, day(3), "stabilisatie"));

    driver.accept(new Command.AcceptLeadHandover(COACH, day(4), CLIENT_LEAD));
    assertThat(driver.state.leadHolder(CLIENT_LEAD)).contains(WENI);
  }

  @Test
  void rejectsAWarmHandoverAcceptedOnAMeetingThatTookPlaceBeforeTheOffer() {
    CaseDriver driver = CaseDriver.kanteling().atAdvice();
    driver.accept(new Command.ScheduleAppointment(BT, day(2), AppointmentKind.HANDOVER_MEETING,
        day(2).plusSeconds(3_600), List.of(BUURTTEAM, WENI), true));
    driver.accept(new Command.CompleteTask(COACH, day(3), driver.task("actielijst")));
    driver.accept(new Command.MoveCase(BT, day(3), "stabilisatie"));

    assertThat(driver.reject(new Command.AcceptLeadHandover(COACH, day(4), CLIENT_LEAD)).rule())
        .isEqualTo(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT);
  }

  @Test
  void rejectsAWarmHandoverAcceptedOnAMeetingWithoutTheSender() {
    CaseDriver driver = CaseDriver.kanteling().atStabilisation();
    driver.accept(new Command.ScheduleAppointment(BT, day(4), AppointmentKind.HANDOVER_MEETING, day(5),
        List.of(WENI), true));

    assertThat(driver.reject(new Command.AcceptLeadHandover(COACH, day(4), CLIENT_LEAD)).rule())
        .isEqualTo(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT);
  }
}
