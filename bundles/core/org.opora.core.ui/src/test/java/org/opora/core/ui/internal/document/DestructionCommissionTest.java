package org.opora.core.ui.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffMember;

/** The commission of an act of destruction: members chosen from the staff become lines, typed lines stay. */
class DestructionCommissionTest {

    private static final StaffMember SMIRNOVA = staff(1, "Смирнова", "Елена", "Викторовна", "руководитель Службы");
    private static final StaffMember ORLOVA = staff(2, "Орлова", "Марина", "Сергеевна", "директор");

    @Test
    void choosingAndUnchoosingStaffWritesAndRemovesTheirLinesAndKeepsWhatWasTyped() {
        String typed = "Белов С. Н., представитель архива";
        String one = DestructionView.commissionText(typed, Set.of(), Set.of(SMIRNOVA));
        assertEquals(typed + "\nСмирнова Елена Викторовна, руководитель Службы", one);
        String two = DestructionView.commissionText(one, Set.of(SMIRNOVA), Set.of(SMIRNOVA, ORLOVA));
        assertEquals(List.of(typed, "Смирнова Елена Викторовна, руководитель Службы",
                "Орлова Марина Сергеевна, директор"), List.of(two.split("\n")));
        assertEquals(typed + "\nОрлова Марина Сергеевна, директор",
                DestructionView.commissionText(two, Set.of(SMIRNOVA, ORLOVA), Set.of(ORLOVA)));
        assertEquals("Орлова Марина Сергеевна, директор",
                DestructionView.commissionText("", Set.of(), Set.of(ORLOVA)), "no empty first line");
    }

    private static StaffMember staff(long id, String last, String first, String middle, String position) {
        return new StaffMember(id, new PersonName(last, first, middle), position, List.of(), "", "", "", true, 0);
    }
}
