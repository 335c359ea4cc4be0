package org.opora.programmes.impl.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.testing.TypedConfig;

class ProgrammeListsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final MessagesTranslator messages = new MessagesTranslator();

    private ProgrammeLists lists(Map<String, Object> values) {
        ProgrammeLists lists = new ProgrammeLists(TypedConfig.of(ListsConfig.class, values));
        lists.translator = messages;
        return lists;
    }

    @Test
    void theDefaultListsHaveLabelsInBothLanguages() {
        ProgrammeLists lists = lists(Map.of());
        for (ProgrammeList list : ProgrammeList.values()) {
            List<ListItem> items = lists.items(list, RU);
            assertFalse(items.isEmpty(), list.name());
            for (ListItem item : items) {
                assertTrue(messages.knows(list.key(item.code())), list.key(item.code()));
            }
        }
        assertEquals(List.of("standard", "high-suicide-risk", "incomplete-suicide", "especially-difficult"),
                lists.items(ProgrammeList.RISK_CATEGORIES, RU).stream().map(ListItem::code).toList());
        assertEquals(5, lists.items(ProgrammeList.HELP_DIRECTIONS, RU).size());
        assertEquals("Teaching staff", lists.label(ProgrammeList.ACTIVITY_TARGETS, "staff", Locale.ENGLISH));
        assertEquals(messages.russian().getProperty("programmes.list.choice.form-of-work"),
                lists.label(ProgrammeList.PLAN_CHOICE_KINDS, "form-of-work", RU));
    }

    @Test
    void aSchoolsOwnEntriesAndLabels() {
        ProgrammeLists lists = lists(Map.of("helpDirections",
                new String[] { "medical = Own label", "legal = Legal help", "Bad Code", "medical" }));
        assertEquals(List.of(new ListItem("medical", "Own label"), new ListItem("legal", "Legal help")),
                lists.items(ProgrammeList.HELP_DIRECTIONS, RU));
        assertEquals("Medical help", lists.label(ProgrammeList.HELP_DIRECTIONS, "medical", Locale.ENGLISH));
        assertEquals("Legal help", lists.label(ProgrammeList.HELP_DIRECTIONS, "legal", Locale.ENGLISH));
        assertTrue(lists.contains(ProgrammeList.HELP_DIRECTIONS, "legal"));
        assertFalse(lists.contains(ProgrammeList.HELP_DIRECTIONS, "social"));
        assertEquals("unknown", lists.label(ProgrammeList.HELP_DIRECTIONS, "unknown", RU));
    }

    @Test
    void withoutTranslatorTheCodeOrOwnLabelIsShown() {
        ProgrammeLists lists = new ProgrammeLists(TypedConfig.of(ListsConfig.class, Map.of("activityTargets",
                new String[] { "pupil", "parents = Parents" })));
        assertEquals(List.of(new ListItem("pupil", "pupil"), new ListItem("parents", "Parents")),
                lists.items(ProgrammeList.ACTIVITY_TARGETS, RU));
    }

    @Test
    void aChangeInSettingsAppliesAtOnce() {
        ProgrammeLists lists = lists(Map.of());
        lists.modified(TypedConfig.of(ListsConfig.class,
                Map.of("riskCategories", new String[] { "standard", "other-risk" })));
        assertTrue(lists.contains(ProgrammeList.RISK_CATEGORIES, "other-risk"));
        assertFalse(lists.contains(ProgrammeList.RISK_CATEGORIES, "high-suicide-risk"));
    }
}
