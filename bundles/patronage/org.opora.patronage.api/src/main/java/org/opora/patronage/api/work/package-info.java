/**
 * The curator's work on a case (regulation 003 section 3.3): the work plan with the kind of help each activity
 * gives, and the log of contacts with the pupil, the parents and subject teachers with the next step agreed.
 * Interactions with outside agencies (guardianship, KDN i ZP, KCSON, additional education) are the core's
 * interactions of the pupil, read here for the case's period, not a second log.
 *
 * <p>1.1: a row of the work plan carries its direction of work (000 §3), by default the one its kind of help gives.
 */
@Export
@Version("1.1.0")
package org.opora.patronage.api.work;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
