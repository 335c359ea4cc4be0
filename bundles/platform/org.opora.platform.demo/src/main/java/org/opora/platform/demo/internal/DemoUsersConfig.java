package org.opora.platform.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo users' settings. Texts: {@code OSGI-INF/l10n/platform-demo*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/platform-demo", name = "%demo.name",
        description = "%demo.description")
public @interface DemoUsersConfig {

    @AttributeDefinition(name = "%demo.passwordFile.name", description = "%demo.passwordFile.description")
    String passwordFile() default "opora-demo-users.txt";
}
