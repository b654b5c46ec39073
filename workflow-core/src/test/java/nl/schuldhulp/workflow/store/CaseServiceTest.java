package nl.schuldhulp.workflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.OrganisationView;
import nl.schuldhulp.workflow.casefile.RuleCode;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The facade a vendor uses: load, decide, append. */
class CaseServiceTest {
  private static final Instant MONDAY = Instant.parse("2024-03-04T08:00:00Z");
  private static final Actor CONSULENT = Actor.professional("sdv", "consulent", "c-1");

  @Test
  void aVendorRegistersAndMovesACaseInThreeLines() {
    CaseService service = CaseService.inMemory(SampleDefinitions.minimal(), BusinessCalendar.weekdays());
    CaseId id = CaseId.of("2024-0001");

    CaseService.Result registered = service.handle(id, new Command.RegisterCase(CONSULENT, MONDAY, "loket", List.of("c")));
    CaseService.Result moved = service.handle(id, new Command.MoveCase(CONSULENT, MONDAY, "afronding"));

    assertThat(registered.accepted()).isTrue();
    assertThat(((CaseService.Accepted) moved).state().step()).isEqualTo("afronding");
    assertThat(service.store().read(id)).hasSize((int) service.state(id).version());
    assertThat(Cases.replay(id, service.store().read(id))).isEqualTo(((CaseService.Accepted) moved).state());
  }

  @Test
  void aRejectedCommandReturnsTheRuleAndReasonAndAppendsNothing() {
    CaseService service = CaseService.inMemory(SampleDefinitions.minimal(), BusinessCalendar.weekdays());
    CaseId id = CaseId.of("2024-0002");

    CaseService.Result result = service.handle(id, new Command.RaiseFlag(CONSULENT, MONDAY, Flag.URGENT, "x"));

    assertThat(result).isInstanceOfSatisfying(CaseService.Rejected.class, rejected -> {
      assertThat(rejected.rule()).isEqualTo(RuleCode.CASE_NOT_REGISTERED);
      assertThat(rejected.reason()).contains("2024-0002");
    });
    assertThat(service.store().read(id)).isEmpty();
  }

  @Test
  void aServiceSeesEventsAnotherServiceAppendedToTheSameStore() {
    InMemoryEventStore store = new InMemoryEventStore();
    CaseService first = CaseService.of(Cases.engine(SampleDefinitions.minimal(), BusinessCalendar.weekdays()), store);
    CaseService second = CaseService.of(Cases.engine(SampleDefinitions.minimal(), BusinessCalendar.weekdays()), store);
    CaseId id = CaseId.of("2024-0003");
    first.handle(id, new Command.RegisterCase(CONSULENT, MONDAY, "loket", List.of("c")));
    assertThat(second.state(id).registered()).isTrue();

    second.handle(id, new Command.RaiseFlag(CONSULENT, MONDAY, Flag.URGENT, "afsluiting"));

    assertThat(first.state(id).flagged(Flag.URGENT)).isTrue();
    assertThat(first.handle(id, new Command.ClearFlag(CONSULENT, MONDAY, Flag.URGENT, "opgelost")).accepted()).isTrue();
  }

  @Test
  void theServiceGivesEachOrganisationItsOwnViewAndTheClientItsActionList() {
    CaseService service = CaseService.inMemory(SampleDefinitions.kanteling(), BusinessCalendar.weekdays());
    CaseId id = CaseId.of("2024-0004");
    service.handle(id, new Command.RegisterCase(Actor.professional("buurtteam", "generalist", "b"), MONDAY, "zelfmelding",
        List.of("c")));

    assertThat(service.view(id, "buurtteam")).map(OrganisationView::scope).contains(OrganisationView.Scope.FULL);
    assertThat(service.view(id, "weni")).isEmpty();
    assertThat(service.actionList(id).total()).isZero();
  }

  @Test
  void cachesAtMostTheConfiguredNumberOfCasesAndStillAnswersTheEvictedOnes() {
    CaseService service = CaseService.of(
        Cases.engine(SampleDefinitions.minimal(), BusinessCalendar.weekdays()), new InMemoryEventStore(), 2);
    for (int i = 0; i < 5; i++) {
      service.handle(CaseId.of("c" + i), new Command.RegisterCase(CONSULENT, MONDAY, "loket", List.of("c")));
    }

    assertThat(service.cachedCases()).isEqualTo(2);
    assertThat(service.state(CaseId.of("c0")).registered()).isTrue();
    assertThat(service.handle(CaseId.of("c0"), new Command.MoveCase(CONSULENT, MONDAY, "afronding")).accepted()).isTrue();
    assertThat(service.cachedCases()).isEqualTo(2);
  }

  @Test
  void aServiceWithoutCacheReplaysEveryCaseAndRefusesANegativeBound() {
    InMemoryEventStore store = new InMemoryEventStore();
    CaseService service = CaseService.of(Cases.engine(SampleDefinitions.minimal(), BusinessCalendar.weekdays()), store, 0);
    service.handle(CaseId.of("c"), new Command.RegisterCase(CONSULENT, MONDAY, "loket", List.of("c")));

    assertThat(service.cachedCases()).isZero();
    assertThat(service.state(CaseId.of("c")).registered()).isTrue();
    assertThatThrownBy(() -> CaseService.of(service.engine(), store, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
