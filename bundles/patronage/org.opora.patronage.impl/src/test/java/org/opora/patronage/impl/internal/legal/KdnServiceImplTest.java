package org.opora.patronage.impl.internal.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.document.DocumentRecord;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.api.legal.KdnDraft;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.print.testing.RenderedPdf;

class KdnServiceImplTest extends PatronageServiceTestSupport {

    private static KdnDraft draft() {
        return new KdnDraft(today(), "District KDN", "Request No. 12", "Misses lessons, conflicts",
                "Lives with the mother", "Talks, a home visit", "Continue the patronage");
    }

    @Test
    void theCoordinatorIssuesACertificateRegisteredWithItsNumberAndDate() throws Exception {
        PatronageCase c = curatedCase();
        asCoordinator();
        KdnCertificate k = kdn.issue(c.id(), draft());
        List<DocumentRecord> registered = core.documents();
        assertEquals(1, registered.size());
        DocumentRecord d = registered.get(0);
        assertEquals(d.id(), k.documentId());
        assertEquals("certificate", d.type());
        assertTrue(!d.title().contains("Ivanov"), "no personal data in the register's title: " + d.title());
        assertEquals(socialPedagogue.id(), d.authorId());
        assertEquals(socialPedagogue.name().full(), k.signedBy());
        audited("orlova", AuditAction.CREATE, KdnServiceImpl.RECORD, k.id());

        String registeredText;
        try (PDDocument pdf = RenderedPdf.open(core.file(d.id()))) {
            registeredText = RenderedPdf.text(pdf);
        }
        String number = "\u2116 " + d.id() + " \u043e\u0442 " + org.opora.core.support.FieldChecks.day(today());
        assertTrue(registeredText.contains(number), "the registered file carries its number: " + registeredText);
        assertTrue(registeredText.contains("Ivanov Ivan"), registeredText);
        assertTrue(registeredText.contains("District KDN") && registeredText.contains("Continue the patronage"));
        assertEquals(List.of(k), kdn.certificates(c.id()));
    }

    @Test
    void theFormPrintsTheCertificateForWhoMayReadTheCase() throws Exception {
        PatronageCase c = curatedCase();
        asCoordinator();
        KdnCertificate k = kdn.issue(c.id(), draft());
        signIn("belova", SPECIALIST);
        try (PDDocument pdf = RenderedPdf.render(kdnForm.build(String.valueOf(k.id()), Locale.ENGLISH), "kdn.pdf",
                Locale.ENGLISH)) {
            String text = RenderedPdf.text(pdf);
            assertTrue(text.contains("Ref. No. " + k.documentId()), text);
            assertTrue(text.contains("Ivanov Ivan") && text.contains("For official use only"), text);
            assertTrue(text.contains(psychologist.name().full()), "the curator: " + text);
        }
        audited("belova", AuditAction.READ, "patronage.case", c.id());
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> kdnForm.build(String.valueOf(k.id()), Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> kdnForm.build("999", Locale.ENGLISH));
    }

    @Test
    void theDraftIsPrefilledWithTheWorkDoneAndTheCommission() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem w = plan.add(c.id(), new WorkItemDraft("Home visit", "Visit", today().minusDays(3), null,
                psychologist.id(), HelpKind.SOCIAL, "Known"));
        plan.markDone(w.id(), w.version(), today(), "The family cooperates");
        contacts.log(c.id(), new ContactDraft(today(), ContactParty.PARENTS, "", ContactForm.PHONE, "Talk", "", null));
        asCoordinator();
        KdnDraft d = kdn.prefill(c.id());
        assertEquals("District KDN", d.addressee());
        assertTrue(d.workDone().contains("Home visit: The family cooperates"), d.workDone());
        assertTrue(d.workDone().contains(": 1"), d.workDone());
    }

    @Test
    void everyPartIsRequiredAndNothingIsRegisteredHalf() {
        PatronageCase c = curatedCase();
        asCoordinator();
        refused("core.error.required", () -> kdn.issue(c.id(), new KdnDraft(today(), "KDN", "", "", "Family",
                "Work", "Conclusion")));
        refused("core.error.future", () -> kdn.issue(c.id(), new KdnDraft(today().plusDays(1), "KDN", "", "B",
                "F", "W", "C")));
        assertEquals(List.of(), core.documents());
        assertEquals(0, UNIT.rows("KDN_CERTIFICATE"));
    }

    @Test
    void whenTheCertificateCannotBeKeptTheRegisteredDocumentIsWithdrawnAndNeitherIsStored() {
        PatronageCase c = curatedCase();
        asCoordinator();
        audit.failing(true); // the certificate's own write, journaled in its transaction, fails after the registration

        assertThrows(AuditUnavailableException.class, () -> kdn.issue(c.id(), draft()));

        audit.failing(false);
        assertEquals(List.of(), core.documents(), "the registered document is withdrawn");
        assertEquals(0, UNIT.rows("KDN_CERTIFICATE"));
        KdnCertificate k = kdn.issue(c.id(), draft());
        assertEquals(List.of(k), kdn.certificates(c.id()));
        assertEquals(List.of(k.documentId()), core.documents().stream().map(DocumentRecord::id).toList());
    }

    @Test
    void whoMayNotAddToTheRegisterIsRefusedBeforeAnythingIsRegistered() {
        PatronageCase c = curatedCase();
        signIn("orlova", PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE, PatronagePermissions.WORK,
                PatronagePermissions.COORDINATE);
        denied(CorePermissions.DOCUMENT_EDIT, () -> kdn.issue(c.id(), draft()));
        assertEquals(List.of(), core.documents());
        assertEquals(0, UNIT.rows("KDN_CERTIFICATE"));
    }

    @Test
    void onlyWhoKeepsTheCaseIssuesCertificates() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        refusedAndJournaled("belova", c.id(), () -> kdn.issue(c.id(), draft()));
        signIn("smirnova", CLASS_TEACHER);
        denied(PatronagePermissions.COORDINATE, () -> kdn.issue(c.id(), draft()));
        assertEquals(List.of(), core.documents());
    }
}
