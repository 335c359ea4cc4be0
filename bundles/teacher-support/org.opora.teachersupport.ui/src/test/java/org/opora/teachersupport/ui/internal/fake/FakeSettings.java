package org.opora.teachersupport.ui.internal.fake;

import java.util.List;
import java.util.Locale;

import org.opora.core.api.ListItem;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.TeacherSupportSettingsService;

/** The settings of regulation 004 with a few entries in each list, labelled in English. */
public class FakeSettings implements TeacherSupportSettingsService {

    @Override
    public TeacherSupportSettings settings(Locale locale) {
        return new TeacherSupportSettings(
                List.of(new ListItem("methodological", "Methodological"),
                        new ListItem("organisational", "Organisational")),
                List.of(new ListItem("interview", "Interview with the teacher"),
                        new ListItem("lesson-analysis", "Analysis of lessons")),
                List.of(new ListItem("open-lesson", "Open lesson"), new ListItem("essay", "Essay")),
                List.of(new ListItem("consultation", "Consultation"), new ListItem("lesson-visit", "Lesson visit"),
                        new ListItem("competition", "Competition")),
                List.of(new ListItem("feedback-parents", "Feedback of parents")),
                List.of(new ListItem("deputy-director", "Deputy director"), new ListItem("mentor", "Mentor")),
                false, 7, 1024);
    }
}
