package org.opora.consilium.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The consilium's lists a school adapts to its own regulation. One entry a line: a code, or {@code code = Label}.
 * Built-in codes take their labels from the message bundle; a label written here wins in the school's language.
 * Texts: {@code OSGI-INF/l10n/consilium-lists*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/consilium-lists", name = "%lists.name",
        description = "%lists.description")
public @interface ListsConfig {

    @AttributeDefinition(name = "%lists.signs.name", description = "%lists.signs.description")
    String[] signs() default { "crisis-state", "destructive-behaviour", "crisis-risk", "destructive-risk",
        "suicidal-signs", "learning-difficulties", "adaptation-difficulties", "conflicts", "anxiety",
        "family-situation", "other" };

    @AttributeDefinition(name = "%lists.monitoringKinds.name", description = "%lists.monitoringKinds.description")
    String[] monitoringKinds() default { "socio-psychological-testing", "mental-health-monitoring",
        "planned-diagnostics" };

    @AttributeDefinition(name = "%lists.decisionTypes.name", description = "%lists.decisionTypes.description")
    String[] decisionTypes() default { "programme-open", "programme-change", "programme-extend", "programme-close",
        "recommendations", "refer-external", "review-again" };
}
