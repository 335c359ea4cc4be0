package org.opora.platform.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The intranet UI. */
@ObjectClassDefinition(name = "Opora: intranet UI", description = "Session and display settings of the intranet.")
public @interface UiConfig {

    @AttributeDefinition(name = "Idle session timeout (minutes)",
            description = "A signed-in user who does nothing for this long is signed out.", min = "5", max = "480")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(name = "School name in the top bar", description = "Shown beside the product name; empty "
            + "for none.")
    String schoolName() default "";
}
