package nl.schuldhulp.workflow.jackson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The shipped JSON Schema, loaded once with networknt's validator (test scope only). */
final class DefinitionSchema {
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Schema SCHEMA = load();

  private DefinitionSchema() {}

  private static Schema load() {
    try (InputStream schema = WorkflowJson.class.getResourceAsStream(WorkflowJson.SCHEMA_RESOURCE)) {
      if (schema == null) {
        throw new IllegalStateException("schema resource missing: " + WorkflowJson.SCHEMA_RESOURCE);
      }
      return REGISTRY.getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about {@code json}, one line each; empty when it is valid. */
  static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
