package org.opora.core.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The school's rules for pupils, classes and documents. Texts: {@code OSGI-INF/l10n/core-rules*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/core-rules", name = "%rules.name",
        description = "%rules.description")
public @interface RulesConfig {

    @AttributeDefinition(name = "%rules.highestGrade.name", description = "%rules.highestGrade.description",
            min = "4", max = "12")
    int highestGrade() default 11;

    @AttributeDefinition(name = "%rules.minPupilAge.name", description = "%rules.minPupilAge.description",
            min = "3", max = "10")
    int minPupilAge() default 5;

    @AttributeDefinition(name = "%rules.maxPupilAge.name", description = "%rules.maxPupilAge.description",
            min = "14", max = "30")
    int maxPupilAge() default 21;

    @AttributeDefinition(name = "%rules.maxFileMegabytes.name", description = "%rules.maxFileMegabytes.description",
            min = "1", max = "200")
    int maxFileMegabytes() default 20;

    @AttributeDefinition(name = "%rules.fileTypes.name", description = "%rules.fileTypes.description")
    String[] fileTypes() default { "pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods", "jpg", "jpeg",
        "png" };

    @AttributeDefinition(name = "%rules.graduateReason.name", description = "%rules.graduateReason.description")
    String graduateReason() default "";

    @AttributeDefinition(name = "%rules.teachersReadAllPupils.name",
            description = "%rules.teachersReadAllPupils.description")
    boolean teachersReadAllPupils() default false;

    @AttributeDefinition(name = "%rules.confidentialDocumentTypes.name",
            description = "%rules.confidentialDocumentTypes.description")
    String[] confidentialDocumentTypes() default { "examination" };

    @AttributeDefinition(name = "%rules.documentRetention.name", description = "%rules.documentRetention.description")
    String[] documentRetention() default { "annual-plan = 5", "schedule = 1", "examination = 5", "programme = 5",
        "report = permanent", "job-description = 5", "consilium = 5", "certificate = 5", "other = 5" };
}
