package org.opora.platform.ui.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The intranet UI. Texts: {@code OSGI-INF/l10n/ui*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/ui", name = "%ui.name", description = "%ui.description")
public @interface UiConfig {

    @AttributeDefinition(name = "%ui.sessionTimeoutMinutes.name",
            description = "%ui.sessionTimeoutMinutes.description", min = "5", max = "480")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(name = "%ui.schoolName.name", description = "%ui.schoolName.description")
    String schoolName() default "";

    /**
     * The largest request body in megabytes: above the largest file any upload accepts (the document register's
     * {@code maxFileMegabytes}, at most 200) plus room for the form around it.
     */
    @AttributeDefinition(name = "%ui.maxRequestMegabytes.name",
            description = "%ui.maxRequestMegabytes.description", min = "1", max = "1024")
    int maxRequestMegabytes() default 201;
}
