package nl.schuldhulp.workflow.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.testkit.property.Gen;

/**
 * The seeded generator of the next command in a run: time moves on by a few hours or days
 * (Europe/Amsterdam), then mostly a command from the options the state offers, so runs go deep
 * into the process, and a share of commands that must be refused (wrong actor, wrong role, unknown
 * step, required tasks open, stale timestamp, changing a closed case). Immutable and threadsafe.
 */
final class CommandGen {
  /** Out of 100 commands, how many are drawn from the commands that must be refused. */
  static final int REFUSAL_SHARE = 15;

  private static final Gen<Integer> HOURS = Gen.frequency(
      Gen.weighted(3, Gen.ints(1, 12)),
      Gen.weighted(1, Gen.ints(1, 21).map(days -> days * 24)));

  private final CaseContext context;

  CommandGen(CaseContext context) {
    this.context = context;
  }

  /** The generator of the command that follows {@code run}. */
  Gen<Command> next(CaseRun run) {
    return HOURS.flatMap(hours -> {
      Instant at = run.clock().plus(Duration.ofHours(hours));
      List<Option> valid = context.options().in(run.state(), at);
      Instant stale = run.state().registered() ? run.state().lastEventAt().minus(Duration.ofHours(hours)) : at;
      List<Option> refused = context.refusals().in(run.state(), at, stale);
      return Gen.frequency(
          Gen.weighted(100 - REFUSAL_SHARE, pick(valid)),
          Gen.weighted(REFUSAL_SHARE, pick(refused)));
    });
  }

  /** One of the options in proportion to its weight, then one of its alternatives. */
  private static Gen<Command> pick(List<Option> options) {
    List<Gen.Weighted<? extends Command>> weighted = new ArrayList<>();
    for (Option option : options) {
      if (!option.alternatives().isEmpty()) {
        weighted.add(Gen.weighted(option.weight(), Gen.elements(option.alternatives())));
      }
    }
    return Gen.frequency(weighted);
  }
}
