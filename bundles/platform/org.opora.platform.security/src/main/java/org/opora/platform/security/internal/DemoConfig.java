package org.opora.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo profile: demo roles and users for trying Opora out. Never enable it in a real school. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/security", name = "%demo.name",
        description = "%demo.description")
public @interface DemoConfig {

    @AttributeDefinition(name = "%demo.enabled.name")
    boolean enabled() default false;

    @AttributeDefinition(name = "%demo.passwordFile.name", description = "%demo.passwordFile.description")
    String passwordFile() default "opora-demo-users.txt";
}
