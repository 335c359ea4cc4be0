package org.opora.patronage.ui.internal.fake;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opora.core.api.ListItem;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;

/** The default settings of the module with English labels: deviant behaviour and failing pupils are mandatory. */
public class FakeSettings implements PatronageSettingsService {

    @Override
    public PatronageSettings settings(Locale locale) {
        return new PatronageSettings(
                List.of(new ListItem("deviant", "Deviant behaviour"), new ListItem("failing", "Failing pupil"),
                        new ListItem("risk-group", "At-risk group")),
                Set.of("deviant", "failing"), "socped",
                List.of(new ListItem("psychologist", "Educational psychologist"),
                        new ListItem("inspector", "School inspector"), new ListItem("doctor", "School doctor")),
                14, true);
    }
}
