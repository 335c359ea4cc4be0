package org.opora.programmes.impl.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo profile of opora-programmes. Texts: {@code OSGI-INF/l10n/programmes-demo*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/programmes-demo", name = "%demo.name",
        description = "%demo.description")
public @interface ProgrammesDemoConfig {

    @AttributeDefinition(name = "%demo.enabled.name", description = "%demo.enabled.description")
    boolean enabled() default false;

    @AttributeDefinition(name = "%demo.seed.name", description = "%demo.seed.description")
    long seed() default 59;
}
