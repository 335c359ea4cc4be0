package org.opora.core.api.pupil;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module names the pupils a staff member works with through its records: the
 * curator and the specialists of a programme, the coordinator of an individual plan, the curators, micro-team and
 * assigned specialists of a patronage case. The core reads the documents of the register linked to those pupils for
 * them (000 §6.1: documents about a pupil are restricted like the records they belong to), except documents of the
 * confidential types, which stay with their author and the holders of the confidential permission.
 *
 * <p>A tie is what the module's own rules let the staff member read; a permission that reads every record of the
 * module is not a tie. Installing the module adds its ties; removing it removes them. An implementation keeps it to
 * one or two queries.
 *
 * @since 1.2
 */
@ConsumerType
public interface PupilTie {

    /**
     * The ids of the pupils the staff member works with today through this module's records.
     *
     * @param staffId the staff record linked to the caller's account
     * @param login   the caller's login, for records kept by whoever drafted them
     */
    Set<Long> pupils(long staffId, String login);
}
