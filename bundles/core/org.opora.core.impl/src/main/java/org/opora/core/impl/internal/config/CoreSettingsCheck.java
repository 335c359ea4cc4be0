package org.opora.core.impl.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opora.core.api.ReferenceList;
import org.opora.core.impl.internal.rules.DocumentRules;
import org.opora.core.impl.internal.rules.FileTypesSetting;
import org.opora.core.support.SettingCodes;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks the core's rules in the settings form before they are stored: the allowed file types, the confidential
 * document types and the documents' retention lines as codes of the configured document types (000 §5–§6.1; a typo
 * would leave a confidential type unprotected or a type never due), and the youngest pupil's age not above the
 * oldest's. Tells the form which document types the stored rules name, so that they are not removed from the list.
 */
@Component(property = SettingsCheck.PID + "=" + CoreRules.PID)
public class CoreSettingsCheck implements SettingsCheck {

    private final CoreLists lists;
    private final CoreRules rules;

    @Activate
    public CoreSettingsCheck(@Reference CoreLists lists, @Reference CoreRules rules) {
        this.lists = lists;
        this.rules = rules;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return switch (attribute) {
            case "fileTypes" -> FileTypesSetting.check(values);
            case "confidentialDocumentTypes" -> SettingCodes.inCoreList(values, ReferenceList.DOCUMENT_TYPES, lists);
            case "documentRetention" -> DocumentRules.checkRetention(values,
                    type -> lists.contains(ReferenceList.DOCUMENT_TYPES, type));
            default -> Optional.empty();
        };
    }

    /** The youngest age a date of birth may give is not above the oldest. */
    @Override
    public Map<String, SettingProblem> checkTogether(Map<String, List<String>> values) {
        return SettingCodes.notAbove(values, "minPupilAge", "maxPupilAge", "core.settings.minAboveMax")
                .map(p -> Map.of("minPupilAge", p)).orElse(Map.of());
    }

    /** The document types the stored rules name: confidential ones and those with a retention period. */
    @Override
    public List<CodeUse> codesUsed() {
        DocumentRules documents = rules.documents();
        List<CodeUse> uses = new ArrayList<>(SettingCodes.uses(ReferenceList.DOCUMENT_TYPES,
                "confidentialDocumentTypes", documents.confidentialTypes()));
        uses.addAll(SettingCodes.uses(ReferenceList.DOCUMENT_TYPES, "documentRetention",
                documents.retainedTypes()));
        return uses;
    }
}
