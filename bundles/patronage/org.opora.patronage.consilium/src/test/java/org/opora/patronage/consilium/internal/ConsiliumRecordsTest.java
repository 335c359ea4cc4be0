package org.opora.patronage.consilium.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.api.link.RelatedRecord;
import org.opora.platform.testing.Fakes;

class ConsiliumRecordsTest {

    private static final ProtocolRef DECIDED = new ProtocolRef(3, "5", LocalDate.of(2027, 3, 12), 11, 101, "Pupil",
            List.of("programme-open"), "Разработать   ИПС\nна полгода", "", "", "", "", 7L, "Смирнова А. А.", "");
    private static final ProtocolRef LONG = new ProtocolRef(4, "6", LocalDate.of(2027, 4, 2), 12, 101, "Pupil",
            List.of("recommendations"), "x".repeat(400), "", "", "", "", null, "", "");
    private static final ProtocolRef NOTHING_SAID = new ProtocolRef(5, "7", LocalDate.of(2027, 5, 2), 13, 101,
            "Pupil", List.of(), " ", "", "", "", "", null, "", "");

    /** The consilium's side: it has chosen what the user may read of pupil 101's protocols. */
    private final ConsiliumLink link = Fakes.of(ConsiliumLink.class, Map.of(
            "protocolsFor", args -> (Long) args[0] == 101L ? List.of(DECIDED, LONG, NOTHING_SAID) : List.of(),
            "citation", args -> "№ " + ((ProtocolRef) args[0]).number() + " от "
                    + ((ProtocolRef) args[0]).date()));

    private final ConsiliumRecords records = new ConsiliumRecords(link, new MessagesTranslator());

    @Test
    void aProtocolShowsItsCitationDecisionCuratorAndMeetingPage() {
        RelatedRecord r = records.forPupil(101, Locale.forLanguageTag("ru")).get(0);
        assertEquals("consilium", r.source());
        assertEquals("Протоколы ППк", r.sourceTitle());
        assertEquals("Протокол ППк № 5 от 2027-03-12", r.title());
        assertEquals("Разработать ИПС на полгода Назначен куратор: Смирнова А. А..", r.detail());
        assertEquals(LocalDate.of(2027, 3, 12), r.date());
        assertEquals("consilium/meeting/3", r.route());
    }

    @Test
    void aLongDecisionIsCutAndAnEmptyOneLeavesNoDetail() {
        List<RelatedRecord> all = records.forPupil(101, Locale.ENGLISH);
        assertEquals(ConsiliumRecords.DETAIL + 1, all.get(1).detail().length());
        assertTrue(all.get(1).detail().endsWith("\u2026"));
        assertEquals("", all.get(2).detail());
        assertEquals("Consilium protocol № 7 от 2027-05-02", all.get(2).title());
    }

    @Test
    void aPupilWithoutProtocolsHasNone() {
        assertTrue(records.forPupil(102, Locale.ENGLISH).isEmpty());
    }
}
