package nl.schuldhulp.workflow.jackson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Reads a definition in three stages, each reporting every problem it can: the text into a tree
 * with locations (stops at the first syntax error or exceeded limit), the tree into the
 * definition through the core constructors (type errors, missing, unknown and duplicate members,
 * invalid values), and, only when both succeeded, the {@link SemanticCheck}, whose model pointers
 * are mapped to the file.
 *
 * <p>This class is immutable and threadsafe when its semantic check is.
 */
final class DefinitionReader {
  private static final Comparator<JsonProblem> DOCUMENT_ORDER =
      Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column);

  private final JsonTreeReader trees;
  private final SemanticCheck semantics;

  DefinitionReader(Limits limits, SemanticCheck semantics) {
    this.trees = new JsonTreeReader(limits);
    this.semantics = semantics;
  }

  /**
   * Reads one document.
   *
   * @param source names the document in the exception message
   * @param parse reads the text with the given tree reader
   * @throws InvalidDefinitionException listing every problem
   */
  WorkflowDefinition read(String source, Function<JsonTreeReader, JsonTreeReader.Parsed> parse) {
    JsonTreeReader.Parsed parsed;
    try {
      parsed = parse.apply(trees);
    } catch (JsonTreeReader.StopReading stop) {
      throw new InvalidDefinitionException(source, List.of(stop.problem()));
    }
    DefinitionBinder binder = new DefinitionBinder();
    WorkflowDefinition definition = binder.bind(parsed.root());
    List<JsonProblem> problems = new ArrayList<>(parsed.problems());
    problems.addAll(binder.problems());
    problems.sort(DOCUMENT_ORDER);
    if (definition != null && problems.isEmpty()) {
      for (SemanticCheck.Finding finding : semantics.check(definition)) {
        problems.add(mapped(finding, binder, definition));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(source, problems);
    }
    return definition;
  }

  private static JsonProblem mapped(
      SemanticCheck.Finding finding, DefinitionBinder binder, WorkflowDefinition definition) {
    DefinitionBinder.At at = binder.locate(finding.pointer());
    String suggestion = "";
    if (!finding.suggestion().isEmpty()) {
      // the validator already named the nearest id in its message; do not say it twice
    } else if (IdReferences.isKeyReference(finding.pointer())) {
      List<String> tokens = Pointers.tokens(finding.pointer());
      suggestion = IdReferences.suggest(finding.pointer(), tokens.get(tokens.size() - 1), definition);
    } else if (at.model().equals(finding.pointer()) && at.node() instanceof Json.Str) {
      suggestion = IdReferences.suggest(finding.pointer(), ((Json.Str) at.node()).value(), definition);
    }
    return new JsonProblem(finding.code(), at.file(), at.node().at().line(), at.node().at().column(),
        finding.message(), suggestion);
  }
}
