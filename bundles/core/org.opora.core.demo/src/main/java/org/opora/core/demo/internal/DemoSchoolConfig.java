package org.opora.core.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo school's settings. Texts: {@code OSGI-INF/l10n/core-demo*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/core-demo", name = "%demo.name",
        description = "%demo.description")
public @interface DemoSchoolConfig {

    @AttributeDefinition(name = "%demo.seed.name", description = "%demo.seed.description")
    long seed() default 59;
}
