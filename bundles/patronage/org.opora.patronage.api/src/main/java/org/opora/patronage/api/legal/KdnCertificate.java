package org.opora.patronage.api.legal;

import java.time.LocalDate;

/**
 * A certificate (spravka) (characteristic) of a pupil for the commission on minors' affairs and the protection of their rights,
 * as issued and registered.
 *
 * @param id             record id
 * @param caseId         the case
 * @param documentId     its entry in the core's document register: the registration number
 * @param issuedOn       the day of issue: the registration date
 * @param addressee      the commission it is addressed to
 * @param purpose        on what occasion (a request, a hearing)
 * @param behaviour      the pupil's behaviour and attitude to studies
 * @param family         the family and its situation
 * @param workDone       the work done with the pupil and the family
 * @param conclusion     the school's conclusion and proposals
 * @param signedBy       who signs besides the director (the social pedagogue)
 * @param version        optimistic-lock version
 */
public record KdnCertificate(long id, long caseId, long documentId, LocalDate issuedOn, String addressee,
        String purpose, String behaviour, String family, String workDone, String conclusion, String signedBy,
        long version) {
}
