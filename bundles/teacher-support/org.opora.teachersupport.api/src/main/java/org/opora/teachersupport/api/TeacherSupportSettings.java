package org.opora.teachersupport.api;

import java.util.List;

import org.opora.core.api.ListItem;

/**
 * The school's variant of regulation 004 as the views need it, labelled for a language.
 *
 * @param difficultyTypes       the types of difficulty (4.1: general-pedagogical, psychological-pedagogical,
 *                              methodological, scientific-theoretical, organisational)
 * @param diagnosisSources      what a diagnosis is made from (4.2: interview, pupil questionnaires, analyses …)
 * @param checkpointKinds       the kinds of checkpoints (kontrolnye srezy) of a route (3.2)
 * @param helpForms             the forms of help (3.3 to 3.5: consultations, lesson visits, competitions, feedback)
 * @param evidenceKinds         the kinds of evidence collected during the support (5.2)
 * @param leadTypes             the specialist types of the staff who may lead a support (deputy director,
 *                              methodologist, mentor), labelled as the core labels them
 * @param teacherReadsOwnRecord whether the supported teacher reads their own record
 * @param checkpointNoticeDays  a checkpoint becomes a duty of the lead so many days before its due date
 * @param maxEvidenceFileKb     the largest evidence file accepted, in kilobytes
 */
public record TeacherSupportSettings(List<ListItem> difficultyTypes, List<ListItem> diagnosisSources,
        List<ListItem> checkpointKinds, List<ListItem> helpForms, List<ListItem> evidenceKinds,
        List<ListItem> leadTypes, boolean teacherReadsOwnRecord, int checkpointNoticeDays, int maxEvidenceFileKb) {

    public TeacherSupportSettings {
        difficultyTypes = List.copyOf(difficultyTypes);
        diagnosisSources = List.copyOf(diagnosisSources);
        checkpointKinds = List.copyOf(checkpointKinds);
        helpForms = List.copyOf(helpForms);
        evidenceKinds = List.copyOf(evidenceKinds);
        leadTypes = List.copyOf(leadTypes);
    }

    /** The label of a code in one of the lists; the code itself when no list has it (old records stay readable). */
    public static String label(List<ListItem> list, String code) {
        return list.stream().filter(i -> i.code().equals(code)).map(ListItem::label).findFirst().orElse(code);
    }
}
