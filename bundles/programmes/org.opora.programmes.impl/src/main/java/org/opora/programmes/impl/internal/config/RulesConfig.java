package org.opora.programmes.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The school's variant points of individual support: programmes of regulation 002 (IPS) and individual plans of
 * regulation 001. Texts: {@code OSGI-INF/l10n/programmes-rules*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/programmes-rules", name = "%rules.name",
        description = "%rules.description")
public @interface RulesConfig {

    @AttributeDefinition(name = "%rules.programmesEnabled.name",
            description = "%rules.programmesEnabled.description")
    boolean programmesEnabled() default true;

    @AttributeDefinition(name = "%rules.individualPlansEnabled.name",
            description = "%rules.individualPlansEnabled.description")
    boolean individualPlansEnabled() default true;

    @AttributeDefinition(name = "%rules.minMonths.name", description = "%rules.minMonths.description", min = "1",
            max = "120")
    int minMonths() default 3;

    @AttributeDefinition(name = "%rules.highRiskMinMonths.name",
            description = "%rules.highRiskMinMonths.description", min = "1", max = "120")
    int highRiskMinMonths() default 6;

    @AttributeDefinition(name = "%rules.highRiskCategories.name",
            description = "%rules.highRiskCategories.description")
    String[] highRiskCategories() default { "high-suicide-risk", "incomplete-suicide" };

    @AttributeDefinition(name = "%rules.especiallyDifficultMinMonths.name",
            description = "%rules.especiallyDifficultMinMonths.description", min = "1", max = "144")
    int especiallyDifficultMinMonths() default 24;

    @AttributeDefinition(name = "%rules.especiallyDifficultCategories.name",
            description = "%rules.especiallyDifficultCategories.description")
    String[] especiallyDifficultCategories() default { "especially-difficult" };

    @AttributeDefinition(name = "%rules.consentRequiredBeforeStart.name",
            description = "%rules.consentRequiredBeforeStart.description")
    boolean consentRequiredBeforeStart() default true;

    @AttributeDefinition(name = "%rules.curatorRequiredBeforeApproval.name",
            description = "%rules.curatorRequiredBeforeApproval.description")
    boolean curatorRequiredBeforeApproval() default true;

    @AttributeDefinition(name = "%rules.requiredBeforeApproval.name",
            description = "%rules.requiredBeforeApproval.description", options = {
                @Option(value = "grounds", label = "%rules.field.grounds"),
                @Option(value = "diagnostics", label = "%rules.field.diagnostics"),
                @Option(value = "goal", label = "%rules.field.goal"),
                @Option(value = "participants", label = "%rules.field.participants"),
                @Option(value = "internal-resources", label = "%rules.field.internal-resources"),
                @Option(value = "external-resources", label = "%rules.field.external-resources"),
                @Option(value = "expected-results", label = "%rules.field.expected-results"),
                @Option(value = "criteria", label = "%rules.field.criteria"),
                @Option(value = "directions", label = "%rules.field.directions") })
    String[] requiredBeforeApproval() default { "grounds", "diagnostics", "goal" };

    @AttributeDefinition(name = "%rules.endingSoonDays.name", description = "%rules.endingSoonDays.description",
            min = "0", max = "365")
    int endingSoonDays() default 14;

    @AttributeDefinition(name = "%rules.orderRequiredForChangesInPlans.name",
            description = "%rules.orderRequiredForChangesInPlans.description")
    boolean orderRequiredForChangesInPlans() default true;

    @AttributeDefinition(name = "%rules.planEligibleFlags.name",
            description = "%rules.planEligibleFlags.description")
    String[] planEligibleFlags() default { "ovz", "disabled", "gifted", "special-needs" };

    @AttributeDefinition(name = "%rules.planObligatoryFlags.name",
            description = "%rules.planObligatoryFlags.description")
    String[] planObligatoryFlags() default { "ovz", "disabled", "special-needs" };

    @AttributeDefinition(name = "%rules.maxWeeklyHours.name", description = "%rules.maxWeeklyHours.description")
    String[] maxWeeklyHours() default { "1=21", "2=23", "3=23", "4=23", "5=29", "6=30", "7=32", "8=33", "9=33",
        "10=34", "11=34" };

    @AttributeDefinition(name = "%rules.programmeApprovalChain.name",
            description = "%rules.programmeApprovalChain.description")
    String[] programmeApprovalChain() default { "approve: director" };

    @AttributeDefinition(name = "%rules.planApprovalChain.name", description = "%rules.planApprovalChain.description")
    String[] planApprovalChain() default { "approve: director" };
}
