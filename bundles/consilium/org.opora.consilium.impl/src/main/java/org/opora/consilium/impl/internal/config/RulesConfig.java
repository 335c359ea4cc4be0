package org.opora.consilium.impl.internal.config;

import org.opora.core.api.staff.Bodies;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The school's variant points of the consilium procedure (regulation 002). Texts:
 * {@code OSGI-INF/l10n/consilium-rules*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/consilium-rules", name = "%rules.name",
        description = "%rules.description")
public @interface RulesConfig {

    @AttributeDefinition(name = "%rules.body.name", description = "%rules.body.description")
    String body() default Bodies.CONSILIUM;

    @AttributeDefinition(name = "%rules.orderRequired.name", description = "%rules.orderRequired.description")
    boolean orderRequired() default true;

    @AttributeDefinition(name = "%rules.compositionOrderChain.name",
            description = "%rules.compositionOrderChain.description")
    String[] compositionOrderChain() default { "approve: director" };

    @AttributeDefinition(name = "%rules.numberPattern.name", description = "%rules.numberPattern.description")
    String numberPattern() default "{n}";

    @AttributeDefinition(name = "%rules.restartNumberingEachYear.name",
            description = "%rules.restartNumberingEachYear.description")
    boolean restartNumberingEachYear() default true;

    @AttributeDefinition(name = "%rules.parentsMustBeInvited.name",
            description = "%rules.parentsMustBeInvited.description")
    boolean parentsMustBeInvited() default true;

    @AttributeDefinition(name = "%rules.requiredTypes.name", description = "%rules.requiredTypes.description")
    String[] requiredTypes() default { "psychologist", "social-pedagogue" };

    @AttributeDefinition(name = "%rules.inviteClassTeacher.name",
            description = "%rules.inviteClassTeacher.description")
    boolean inviteClassTeacher() default true;

    @AttributeDefinition(name = "%rules.presentationTypes.name",
            description = "%rules.presentationTypes.description")
    String[] presentationTypes() default { "psychologist", "social-pedagogue" };

    @AttributeDefinition(name = "%rules.presentationDaysBefore.name",
            description = "%rules.presentationDaysBefore.description", min = "0", max = "30")
    int presentationDaysBefore() default 1;

    @AttributeDefinition(name = "%rules.examinationDays.name", description = "%rules.examinationDays.description",
            min = "1", max = "60")
    int examinationDays() default 5;

    @AttributeDefinition(name = "%rules.examinerTypes.name", description = "%rules.examinerTypes.description")
    String[] examinerTypes() default { "psychologist" };
}
