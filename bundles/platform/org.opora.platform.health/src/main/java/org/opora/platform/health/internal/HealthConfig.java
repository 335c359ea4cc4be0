package org.opora.platform.health.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The health endpoint. Texts: {@code OSGI-INF/l10n/health*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/health", name = "%health.name",
        description = "%health.description")
public @interface HealthConfig {

    @AttributeDefinition(name = "%health.allowRemote.name", description = "%health.allowRemote.description")
    boolean allowRemote() default false;

    @AttributeDefinition(name = "%health.token.name", description = "%health.token.description",
            type = AttributeType.PASSWORD)
    String token() default "";

    @AttributeDefinition(name = "%health.timeoutMillis.name", description = "%health.timeoutMillis.description",
            min = "100", max = "60000")
    int timeoutMillis() default 5000;
}
