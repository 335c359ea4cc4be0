package org.opora.consilium.impl.internal.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.consilium.api.ConsiliumOfficers;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who holds which role in the consilium: the core's functional body named by the setting {@code body}, the roles
 * read by their configured meanings (the chair is whichever role means the chair), both read on every call so that a change in Settings applies at once. A caller the core does not let read the structure, or a
 * body the core's list no longer knows, gets no memberships and no chair.
 */
@Component(service = {ConsiliumOfficers.class, Officers.class})
public class Officers implements ConsiliumOfficers {

    private final ConsiliumRules rules;
    private final StructureService structure;
    private final BodyRoles roles;

    @Activate
    public Officers(@Reference ConsiliumRules rules, @Reference StructureService structure,
            @Reference BodyRoles roles) {
        this.rules = rules;
        this.structure = structure;
        this.roles = roles;
    }

    /** The core's roles with their configured meanings. */
    public BodyRoles roles() {
        return roles;
    }

    @Override
    public String body() {
        return rules.body();
    }

    @Override
    public List<BodyMember> membershipsOf(long staffId) {
        try {
            return structure.memberHistory(rules.body()).stream().filter(m -> m.staffId() == staffId).toList();
        } catch (AccessDeniedException | ValidationException e) {
            return List.of();
        }
    }

    @Override
    public Optional<BodyMember> chair(LocalDate day) {
        try {
            return roles.holder(structure.members(rules.body(), day), BodyRoleMeaning.CHAIR, day);
        } catch (AccessDeniedException | ValidationException e) {
            return Optional.empty();
        }
    }
}
