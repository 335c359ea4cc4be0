package org.opora.programmes.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The lists of individual support a school adapts to its own regulation. One entry a line: a code, or
 * {@code code = Label}. Built-in codes take their labels from the message bundle; a label written here wins in the
 * school's language. Texts: {@code OSGI-INF/l10n/programmes-lists*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/programmes-lists", name = "%lists.name",
        description = "%lists.description")
public @interface ListsConfig {

    @AttributeDefinition(name = "%lists.riskCategories.name", description = "%lists.riskCategories.description")
    String[] riskCategories() default { "standard", "high-suicide-risk", "incomplete-suicide",
        "especially-difficult" };

    @AttributeDefinition(name = "%lists.helpDirections.name", description = "%lists.helpDirections.description")
    String[] helpDirections() default { "pedagogical", "psychological", "leisure-employment", "medical", "social" };

    @AttributeDefinition(name = "%lists.activityTargets.name", description = "%lists.activityTargets.description")
    String[] activityTargets() default { "pupil", "parents", "staff" };

    @AttributeDefinition(name = "%lists.planChoiceKinds.name", description = "%lists.planChoiceKinds.description")
    String[] planChoiceKinds() default { "lesson", "activity", "form-of-work" };
}
