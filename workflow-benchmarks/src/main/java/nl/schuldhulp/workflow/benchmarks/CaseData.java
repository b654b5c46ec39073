package nl.schuldhulp.workflow.benchmarks;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.Flag;

/**
 * The data an alternative state machine needs beside its current state to evaluate the same guards
 * as our engine: facts, scores, flags, the access decision, running activities and the number of
 * required tasks still open in the current step. A general state machine has no tasks, so the
 * application would keep that count itself; here the benchmark sets it. Not threadsafe.
 */
public final class CaseData {
  final Map<String, String> facts = new HashMap<>();
  final Map<String, Integer> scores = new HashMap<>();
  final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
  final EnumSet<ActivityKind> activities = EnumSet.noneOf(ActivityKind.class);
  boolean admitted;
  int openRequiredTasks;
}
