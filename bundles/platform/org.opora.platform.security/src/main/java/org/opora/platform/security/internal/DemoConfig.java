package org.opora.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo profile: demo roles and users for trying Opora out. Never enable it in a real school. */
@ObjectClassDefinition(name = "Opora: demo users",
        description = "On the first start of an empty installation, creates demo roles and users with random "
                + "passwords and writes them to a file under the data folder.")
public @interface DemoConfig {

    @AttributeDefinition(name = "Create demo users")
    boolean enabled() default false;

    @AttributeDefinition(name = "Password file", description = "Relative to the Karaf data folder.")
    String passwordFile() default "opora-demo-users.txt";
}
