package org.opora.patronage.api.legal;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The certificates (spravki) for KDN i ZP of a case (003 section 3.2: the social pedagogue prepares certificates (spravki) and documents for the
 * commission). Issued by whoever keeps the case (the coordinator); each is registered in the core's document
 * register (which needs the core's permission to add documents) and printed as the form {@link #FORM}. Everyone who
 * may read the case reads them.
 */
@ProviderType
public interface KdnService {

    /** The printable form of a certificate (spravka); its record id is the certificate (spravka)'s id. */
    String FORM = "patronage.kdn";

    /** The certificates (spravki) of the case, newest first. */
    List<KdnCertificate> certificates(long caseId);

    /** A draft with the case's facts filled in: the grounds, the work planned and done, the contacts. */
    KdnDraft prefill(long caseId);

    /** Issues the certificate (spravka): registers it in the document register and keeps it with the case. */
    KdnCertificate issue(long caseId, KdnDraft draft);
}
