package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.PupilCardSection;
import org.opora.platform.ui.api.PupilCardSections;
import org.opora.platform.ui.api.StaffCardSection;
import org.opora.platform.ui.api.StaffCardSections;

class CardSectionRegistryTest {

    private static final OporaUser READER = new OporaUser("head", "Head", Set.of(), Set.of("teacher.read"),
            Locale.ENGLISH);
    private static final OporaUser NOBODY = new OporaUser("clerk", "Clerk", Set.of(), Set.of(), Locale.ENGLISH);

    private static Map<String, Object> props(String id, int order, String permission) {
        return Map.of("opora.card.id", id, "opora.card.titleKey", id + ".card.title", "opora.card.order", order,
                "opora.card.permission", permission);
    }

    private static List<String> ids(List<StaffCardSections.Entry> entries) {
        return entries.stream().map(StaffCardSections.Entry::id).toList();
    }

    @Test
    void staffSectionsAreShownByOrderToThoseHoldingTheirPermission() {
        StaffCardSectionRegistry registry = new StaffCardSectionRegistry();
        StaffCardSection support = id -> new Div();
        registry.addSection(support, props("support", 300, "teacher.read"));
        registry.addSection(id -> new Div(), props("courses", 100, ""));
        registry.addSection(id -> new Div(), props("awards", 300, ""));

        assertEquals(List.of("courses", "awards", "support"), ids(registry.visibleTo(READER)),
                "by order, then by id");
        assertEquals(List.of("courses", "awards"), ids(registry.visibleTo(NOBODY)));
        StaffCardSections.Entry last = registry.visibleTo(READER).get(2);
        assertEquals("support.card.title", last.titleKey());
        assertEquals(300, last.order());
        assertSame(support, last.section());
    }

    @Test
    void listenersHearSectionsComeAndGoUntilTheyStop() {
        StaffCardSectionRegistry registry = new StaffCardSectionRegistry();
        AtomicInteger heard = new AtomicInteger();
        Runnable stop = registry.onChange(heard::incrementAndGet);
        StaffCardSection section = id -> new Div();
        registry.addSection(section, props("support", 300, ""));
        registry.removeSection(section);
        registry.removeSection(section);
        assertEquals(2, heard.get(), "a section removed twice is one change");
        assertEquals(List.of(), registry.visibleTo(READER));
        stop.run();
        registry.addSection(section, props("support", 300, ""));
        assertEquals(2, heard.get());
    }

    @Test
    void pupilSectionsKeepTheirOwnWhiteboardAndDefaults() {
        CardSectionRegistry pupils = new CardSectionRegistry();
        StaffCardSectionRegistry staff = new StaffCardSectionRegistry();
        PupilCardSection consilium = id -> new Div();
        pupils.addSection(consilium, Map.of("opora.card.id", "consilium", "opora.card.titleKey", "c.title"));
        assertEquals(List.of(new PupilCardSections.Entry("consilium", "c.title", 500, consilium)),
                pupils.visibleTo(NOBODY), "order 500 and no permission when the properties leave them out");
        assertEquals(List.of(), staff.visibleTo(READER));
    }
}
