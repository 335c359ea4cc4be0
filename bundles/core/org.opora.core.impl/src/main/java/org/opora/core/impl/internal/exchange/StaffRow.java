package org.opora.core.impl.internal.exchange;

import org.opora.core.api.staff.StaffDraft;

/**
 * A checked row of a staff file.
 *
 * @param row   the spreadsheet row number, for messages about the row while storing it
 * @param draft the staff member to create; specialist types are codes
 */
public record StaffRow(int row, StaffDraft draft) {
}
