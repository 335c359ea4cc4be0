package org.opora.patronage.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The school's variant points of the individual patronage (regulation 003). Texts:
 * {@code OSGI-INF/l10n/patronage-rules*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/patronage-rules", name = "%rules.name",
        description = "%rules.description")
public @interface RulesConfig {

    @AttributeDefinition(name = "%rules.categories.name", description = "%rules.categories.description")
    String[] categories() default { "deviant", "failing", "at-risk" };

    @AttributeDefinition(name = "%rules.mandatoryCategories.name",
            description = "%rules.mandatoryCategories.description")
    String[] mandatoryCategories() default { "deviant", "failing" };

    @AttributeDefinition(name = "%rules.coordinatorType.name", description = "%rules.coordinatorType.description")
    String coordinatorType() default "social-pedagogue";

    @AttributeDefinition(name = "%rules.specialistTypes.name", description = "%rules.specialistTypes.description")
    String[] specialistTypes() default { "psychologist", "inspector", "medical", "social-pedagogue" };

    @AttributeDefinition(name = "%rules.orderRequired.name", description = "%rules.orderRequired.description")
    boolean orderRequired() default true;

    @AttributeDefinition(name = "%rules.contactIntervalDays.name",
            description = "%rules.contactIntervalDays.description", min = "0", max = "365")
    int contactIntervalDays() default 0;

    @AttributeDefinition(name = "%rules.reportIntervalDays.name",
            description = "%rules.reportIntervalDays.description", min = "0", max = "365")
    int reportIntervalDays() default 90;

    @AttributeDefinition(name = "%rules.curatorOrderChain.name", description = "%rules.curatorOrderChain.description")
    String[] curatorOrderChain() default { "approve: director" };
}
