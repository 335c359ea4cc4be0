package org.opora.core.impl.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;

class DestructionActFormTest extends CoreServiceTestSupport {

    /** The form over the real register; texts are their keys with the parameters, so the test sees what goes where. */
    private DestructionActForm form() {
        return new DestructionActForm(documents, school, lists, (key, locale, params) -> key + Arrays.toString(params));
    }

    @Test
    void theActListsItsDocumentsAndASignatureLinePerMember() {
        DocumentRecord old = documents.add(new DocumentDraft("annual-plan", "Plan 2015", null, new AcademicYear(2015)),
                new Attachment("p.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)));
        documents.archive(old.id(), old.version(), true);
        DestructionAct act = documents.destroy(new DestructionDraft("7-A", today(), "Smirnova, director; Orlova, head",
                List.of(old.id())));
        signIn("head", CorePermissions.DOCUMENT_DESTROY, CorePermissions.DOCUMENT_READ);

        PrintDocument pdf = form().build(String.valueOf(act.id()), Locale.ENGLISH);

        Block.Table table = pdf.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        assertEquals(1, table.rows().size());
        assertEquals("Plan 2015", table.rows().get(0).get(2));
        assertEquals("31.08.2021", table.rows().get(0).get(4), "kept five years from the end of 2015/2016");
        Block.Signatures signatures = pdf.blocks().stream().filter(Block.Signatures.class::isInstance)
                .map(Block.Signatures.class::cast).findFirst().orElseThrow();
        assertEquals(List.of("Smirnova, director", "Orlova, head"),
                signatures.signatures().stream().map(Block.Signature::name).toList());
        assertTrue(pdf.title().contains("7-A"), pdf.title());
        assertThrows(IllegalArgumentException.class, () -> form().build(String.valueOf(act.id() + 1), Locale.ENGLISH));
    }
}
