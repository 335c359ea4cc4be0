package org.opora.patronage.ui.internal.fake;

import java.util.ArrayList;
import java.util.List;

import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.CourtHearingDraft;
import org.opora.patronage.api.legal.CourtService;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.api.legal.KdnDraft;
import org.opora.patronage.api.legal.KdnService;

/** The справки for КДН и ЗП and the court hearings of one case, held in lists; issuing numbers a справка. */
public class FakeLegal implements KdnService, CourtService {

    public final List<KdnCertificate> certificates = new ArrayList<>();
    public final List<CourtHearing> hearings = new ArrayList<>();

    @Override
    public List<KdnCertificate> certificates(long caseId) {
        return List.copyOf(certificates);
    }

    @Override
    public KdnDraft prefill(long caseId) {
        return new KdnDraft(java.time.LocalDate.now(), "District KDN", "", "", "", "Talks", "");
    }

    @Override
    public KdnCertificate issue(long caseId, KdnDraft d) {
        KdnCertificate k = new KdnCertificate(certificates.size() + 1, caseId, 800 + certificates.size(),
                d.issuedOn(), d.addressee(), d.purpose(), d.behaviour(), d.family(), d.workDone(), d.conclusion(),
                "Orlova", 1);
        certificates.add(k);
        return k;
    }

    @Override
    public List<CourtHearing> hearings(long caseId) {
        return List.copyOf(hearings);
    }

    @Override
    public CourtHearing record(long caseId, CourtHearingDraft d) {
        CourtHearing h = new CourtHearing(hearings.size() + 1, caseId, d.date(), d.court(), d.matter(),
                d.representative(), d.outcome(), 1);
        hearings.add(h);
        return h;
    }

    @Override
    public CourtHearing update(long hearingId, long version, CourtHearingDraft d) {
        CourtHearing h = new CourtHearing(hearingId, 12, d.date(), d.court(), d.matter(), d.representative(),
                d.outcome(), version + 1);
        hearings.replaceAll(x -> x.id() == hearingId ? h : x);
        return h;
    }
}
