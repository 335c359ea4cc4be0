package org.opora.teachersupport.impl.internal.config;

import java.util.List;
import java.util.Locale;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The school's teacher-support settings as the views read them; the lead types are labelled as the core labels them. */
@Component
public class SettingsServiceImpl implements TeacherSupportSettingsService {

    private final SupportRules rules;
    private final ReferenceLists lists;

    @Activate
    public SettingsServiceImpl(@Reference SupportRules rules, @Reference ReferenceLists lists) {
        this.rules = rules;
        this.lists = lists;
    }

    @Override
    public TeacherSupportSettings settings(Locale locale) {
        List<ListItem> leads = rules.leadTypes().stream()
                .map(code -> new ListItem(code, lists.label(ReferenceList.SPECIALIST_TYPES, code, locale))).toList();
        return new TeacherSupportSettings(rules.items(SupportList.DIFFICULTY_TYPES, locale),
                rules.items(SupportList.DIAGNOSIS_SOURCES, locale), rules.items(SupportList.CHECKPOINT_KINDS, locale),
                rules.items(SupportList.HELP_FORMS, locale), rules.items(SupportList.EVIDENCE_KINDS, locale), leads,
                rules.teacherReadsOwnRecord(), rules.checkpointNoticeDays(), rules.maxEvidenceFileKb());
    }
}
