package org.opora.core.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the roles of the functional bodies mean: one line {@code code = meaning} a role, the code from the list
 * {@code bodyRoles}, the meaning {@code chair}, {@code deputy}, {@code secretary} or {@code member}. A role not named
 * is a member. Texts: {@code OSGI-INF/l10n/core-bodyroles*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/core-bodyroles", name = "%bodyroles.name",
        description = "%bodyroles.description")
public @interface RoleMeaningsConfig {

    @AttributeDefinition(name = "%bodyroles.bodyRoleMeanings.name",
            description = "%bodyroles.bodyRoleMeanings.description")
    String[] bodyRoleMeanings() default { "chair = chair", "deputy-chair = deputy", "secretary = secretary",
        "member = member" };
}
