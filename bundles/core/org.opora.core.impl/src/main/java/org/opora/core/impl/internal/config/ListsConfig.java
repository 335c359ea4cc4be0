package org.opora.core.impl.internal.config;

import org.opora.core.api.staff.Bodies;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The reference lists a school adapts to its own regulation. One entry a line: a code, or {@code code = Label}.
 * Built-in codes take their labels from the message bundle; a label written here wins in the school's language.
 * Texts: {@code OSGI-INF/l10n/core-lists*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/core-lists", name = "%lists.name",
        description = "%lists.description")
public @interface ListsConfig {

    @AttributeDefinition(name = "%lists.pupilFlags.name", description = "%lists.pupilFlags.description")
    String[] pupilFlags() default { "ovz", "disabled", "gifted", "special-needs", "at-risk", "deviant", "failing",
        "guardianship" };

    @AttributeDefinition(name = "%lists.specialistTypes.name", description = "%lists.specialistTypes.description")
    String[] specialistTypes() default { "social-pedagogue", "psychologist", "speech-therapist", "defectologist",
        "medical", "class-teacher", "subject-teacher", "deputy-director", "methodologist", "mentor", "coordinator",
        "additional-education", "tutor", "inspector" };

    @AttributeDefinition(name = "%lists.bodies.name", description = "%lists.bodies.description")
    String[] bodies() default { Bodies.CONSILIUM, "prevention-council", "educational-service", "social-service",
        "psychological-service", "defectological-service", "speech-service" };

    @AttributeDefinition(name = "%lists.bodyRoles.name", description = "%lists.bodyRoles.description")
    String[] bodyRoles() default { Bodies.CHAIR, Bodies.DEPUTY_CHAIR, Bodies.SECRETARY, Bodies.MEMBER };

    @AttributeDefinition(name = "%lists.agencyKinds.name", description = "%lists.agencyKinds.description")
    String[] agencyKinds() default { "guardianship", "kdn", "health", "social-protection", "police", "prosecutor",
        "kcson", "education", "ngo" };

    @AttributeDefinition(name = "%lists.documentTypes.name", description = "%lists.documentTypes.description")
    String[] documentTypes() default { "annual-plan", "schedule", "examination", "programme", "report",
        "job-description", "consilium", "certificate", "other" };

    @AttributeDefinition(name = "%lists.directions.name", description = "%lists.directions.description")
    String[] directions() default { "diagnostics", "correction", "education", "counselling", "prevention",
        "methodology", "social-protection" };

    @AttributeDefinition(name = "%lists.relations.name", description = "%lists.relations.description")
    String[] relations() default { "mother", "father", "guardian", "adoptive-parent", "grandmother", "grandfather",
        "other" };
}
