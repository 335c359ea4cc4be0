package org.opora.core.support;

/** The record id a printable form is built for: the platform passes it as text. */
public final class RecordIds {

    private RecordIds() {
    }

    /**
     * The id as a number.
     *
     * @throws IllegalArgumentException for text that is not a positive number, as for a record that does not exist
     */
    public static long parse(String recordId) {
        try {
            long id = Long.parseLong(recordId == null ? "" : recordId.strip());
            if (id <= 0) {
                throw new IllegalArgumentException("no such record: " + recordId);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no such record: " + recordId, e);
        }
    }
}
