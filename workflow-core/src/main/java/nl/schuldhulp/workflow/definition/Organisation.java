package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner organisation in a municipality's debt-help chain, with its kind, its track and the
 * roles people hold in it.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param id identifier, unique in the definition, e.g. {@code "buurtteam"}
 * @param label local display name, e.g. {@code "Buurtteam Sociaal"}
 * @param kind what kind of organisation it is
 * @param track the track (spoor) it works on
 * @param roles the roles within it; at least one
 */
public record Organisation(
    @NotBlank String id,
    @NotBlank String label,
    @NotNull OrganisationKind kind,
    @NotNull Track track,
    @NotEmpty List<@Valid Role> roles) {

  /** Checks the arguments and copies the list. */
  public Organisation {
    requireText(id, "id");
    requireText(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(track, "track");
    roles = copy(roles, "roles");
  }

  /** The role with this id, if the organisation has it. */
  public Optional<Role> role(String roleId) {
    return WorkflowDefinition.find(roles, Role::id, roleId);
  }
}
