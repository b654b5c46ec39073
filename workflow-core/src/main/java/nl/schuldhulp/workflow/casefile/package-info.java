/**
 * The case engine: a case (<i>casus</i>) of one household moves through a definition by commands;
 * a pure {@code decide(state, command)} yields events or a rejection and a pure {@code evolve(state,
 * event)} folds events into an immutable {@link nl.schuldhulp.workflow.casefile.CaseState}. Start
 * with {@link nl.schuldhulp.workflow.casefile.Cases}.
 */
package nl.schuldhulp.workflow.casefile;
