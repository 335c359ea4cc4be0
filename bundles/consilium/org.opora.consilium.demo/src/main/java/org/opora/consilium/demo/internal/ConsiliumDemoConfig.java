package org.opora.consilium.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo consilium's settings. Texts: {@code OSGI-INF/l10n/consilium-demo*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/consilium-demo", name = "%demo.name",
        description = "%demo.description")
public @interface ConsiliumDemoConfig {

    @AttributeDefinition(name = "%demo.seed.name", description = "%demo.seed.description")
    long seed() default 59;
}
