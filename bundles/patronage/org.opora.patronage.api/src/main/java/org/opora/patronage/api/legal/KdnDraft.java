package org.opora.patronage.api.legal;

import java.time.LocalDate;

/**
 * A certificate (spravka) to issue; every text is required but the purpose.
 *
 * @param issuedOn   the day of issue, not in the future
 * @param addressee  the commission (e.g. the district KDN i ZP)
 * @param purpose    on what occasion, may be empty
 * @param behaviour  the pupil's behaviour and attitude to studies
 * @param family     the family and its situation
 * @param workDone   the work done with the pupil and the family
 * @param conclusion the school's conclusion and proposals
 */
public record KdnDraft(LocalDate issuedOn, String addressee, String purpose, String behaviour, String family,
        String workDone, String conclusion) {

    public KdnDraft {
        addressee = strip(addressee);
        purpose = strip(purpose);
        behaviour = strip(behaviour);
        family = strip(family);
        workDone = strip(workDone);
        conclusion = strip(conclusion);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
