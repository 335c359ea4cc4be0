package org.opora.platform.api.approval;

import java.util.List;
import java.util.Optional;

import org.opora.platform.api.settings.SettingProblem;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's roles as the steps of approval chains see them: whether a role exists, its title (the position
 * printed unless the chain names its own) and the people holding it. Implemented by the platform's security bundle;
 * modules use it to check their chain settings, to show who is to take the next step and to print the position.
 */
@ProviderType
public interface ApprovalRoles {

    /** Whether a role of this name exists. */
    boolean exists(String role);

    /** The role's title, e.g. the director's; the name itself for a role that does not exist. */
    String title(String role);

    /** The display names of the enabled accounts holding the role, sorted; empty for an unknown role. */
    List<String> holders(String role);

    /** The position of a step: the one its chain line names, else the role's title. */
    default String position(ChainStep step) {
        return step.position().isEmpty() ? title(step.role()) : step.position();
    }

    /** The first problem of a chain setting's lines ({@link ApprovalChain#problem}) against the existing roles. */
    default Optional<SettingProblem> check(List<String> lines) {
        return ApprovalChain.problem(lines, this::exists);
    }
}
