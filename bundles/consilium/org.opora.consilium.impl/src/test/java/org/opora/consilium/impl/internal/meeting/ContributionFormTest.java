package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;

/**
 * The dialog inviting a parent to the consilium fed bad values field by field — empty, too long, markup, out of
 * range, impossible, 01.01.1900 among them — each refused on its field, no invitation stored; every objection at
 * once.
 */
class ContributionFormTest extends MeetingTestSupport {

    private AgendaItem added;

    @BeforeEach
    void itemOnAMeeting() {
        asChair();
        Meeting m = meeting();
        added = item(m.id());
    }

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TODAY" -> LocalDate.now();
            case "TOMORROW" -> LocalDate.now().plusDays(1);
            case "BEFORE" -> FieldChecks.firstSchoolDay(LocalDate.now()).minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "invitedOn        | ''         | core.error.required",
        "invitedOn        | TOMORROW   | core.error.future",
        "invitedOn        | 1900-01-01 | core.error.date.range",
        "invitedOn        | BEFORE     | core.error.date.range",
        "invitedOn        | TODAY      | consilium.error.invitedAfterMeeting",
        "representativeId | 4242       | consilium.error.notInList",
        "name             | ''         | core.error.required",
        "name             | LONG       | core.error.tooLong",
        "relation         | LONG       | core.error.tooLong"})
    void aBadFieldOfTheInvitationIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        ParentInvitationDraft d = new ParentInvitationDraft(
                "representativeId".equals(field) ? Long.valueOf(value) : null,
                "name".equals(field) ? ("LONG".equals(value) ? "я".repeat(301) : value) : "<b>Ivanova</b> Maria",
                "relation".equals(field) ? "я".repeat(41) : "mother",
                "invitedOn".equals(field) ? day(value) : yesterday().minusDays(3));

        assertEquals(field, refused(key, () -> contributions.inviteParent(added.id(), d)).field());

        assertEquals(List.of(), agenda.item(added.id()).parents());
    }

    @Test
    void everyObjectionOfTheInvitationComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> contributions.inviteParent(added.id(),
                new ParentInvitationDraft(null, " ", "я".repeat(41), LocalDate.parse("1900-01-01"))));

        assertEquals(List.of("invitedOn", "name", "relation"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of(), agenda.item(added.id()).parents());
    }
}
