package org.opora.teachersupport.api.help;

import java.time.LocalDate;

/**
 * Evidence of a support record.
 *
 * @param id          record id
 * @param recordId    the support record
 * @param kind        the kind (a code of the settings' list)
 * @param stage       before, during or after the support
 * @param date        the day
 * @param description what it shows
 * @param fileName    the file's name, empty without a file
 * @param fileSize    the file's size in bytes, 0 without a file
 * @param addedBy     who recorded it
 */
public record Evidence(long id, long recordId, String kind, EvidenceStage stage, LocalDate date,
        String description, String fileName, long fileSize, String addedBy) {

    public boolean hasFile() {
        return !fileName.isEmpty();
    }
}
