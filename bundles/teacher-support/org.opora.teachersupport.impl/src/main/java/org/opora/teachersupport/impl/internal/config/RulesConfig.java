package org.opora.teachersupport.impl.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The school's variant points of the methodological support of a teacher (regulation 004). Lists take one entry a
 * line: a code, or {@code code = Label}; built-in codes are labelled from the translations. Texts:
 * {@code OSGI-INF/l10n/teachersupport-rules*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/teachersupport-rules", name = "%rules.name",
        description = "%rules.description")
public @interface RulesConfig {

    @AttributeDefinition(name = "%rules.difficultyTypes.name", description = "%rules.difficultyTypes.description")
    String[] difficultyTypes() default { "general-pedagogical", "psychological-pedagogical", "methodological",
        "scientific-theoretical", "organisational" };

    @AttributeDefinition(name = "%rules.diagnosisSources.name", description = "%rules.diagnosisSources.description")
    String[] diagnosisSources() default { "interview", "pupil-questionnaire", "pupil-questionnaire-monitoring",
        "lesson-analysis", "journal-analysis", "lesson-planning-analysis", "lesson-notes-analysis",
        "lesson-materials-analysis", "notebooks-analysis", "admin-tests-analysis", "external-results-analysis" };

    @AttributeDefinition(name = "%rules.checkpointKinds.name", description = "%rules.checkpointKinds.description")
    String[] checkpointKinds() default { "interview-deputy", "interview-methodologist", "interview-mentor",
        "portfolio", "essay", "talk-council", "talk-association", "open-lesson", "materials-defence", "article" };

    @AttributeDefinition(name = "%rules.helpForms.name", description = "%rules.helpForms.description")
    String[] helpForms() default { "route", "consultation", "lesson-visit", "competition", "interview-individual",
        "interview-group", "free-microphone", "questionnaire" };

    @AttributeDefinition(name = "%rules.evidenceKinds.name", description = "%rules.evidenceKinds.description")
    String[] evidenceKinds() default { "pupils-work-analysis", "tests-analysis", "teacher-materials-analysis",
        "pupil-questionnaire-results", "feedback-pupils", "feedback-class-teachers", "feedback-parents",
        "feedback-monitoring", "feedback-others" };

    @AttributeDefinition(name = "%rules.leadTypes.name", description = "%rules.leadTypes.description")
    String[] leadTypes() default { "deputy-director", "methodologist", "mentor" };

    @AttributeDefinition(name = "%rules.teacherReadsOwnRecord.name",
            description = "%rules.teacherReadsOwnRecord.description")
    boolean teacherReadsOwnRecord() default false;

    @AttributeDefinition(name = "%rules.checkpointNoticeDays.name",
            description = "%rules.checkpointNoticeDays.description", min = "0", max = "90")
    int checkpointNoticeDays() default 7;

    @AttributeDefinition(name = "%rules.maxEvidenceFileKb.name", description = "%rules.maxEvidenceFileKb.description",
            min = "1", max = "51200")
    int maxEvidenceFileKb() default 10240;

    @AttributeDefinition(name = "%rules.conclusionApprovalChain.name",
            description = "%rules.conclusionApprovalChain.description")
    String[] conclusionApprovalChain() default { "approve: deputy" };
}
