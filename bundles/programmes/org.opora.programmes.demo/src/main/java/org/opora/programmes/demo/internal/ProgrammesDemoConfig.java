package org.opora.programmes.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo programmes' settings. Texts: {@code OSGI-INF/l10n/programmes-demo*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/programmes-demo", name = "%demo.name",
        description = "%demo.description")
public @interface ProgrammesDemoConfig {

    @AttributeDefinition(name = "%demo.seed.name", description = "%demo.seed.description")
    long seed() default 59;
}
