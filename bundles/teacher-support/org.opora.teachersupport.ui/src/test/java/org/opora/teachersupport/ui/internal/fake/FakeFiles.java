package org.opora.teachersupport.ui.internal.fake;

import java.util.Set;

import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;

/** The core's file check accepting every file up to 1 MB of the types pdf and docx. */
public class FakeFiles implements AttachmentCheck {

    @Override
    public Attachment check(Attachment file) {
        return file;
    }

    @Override
    public long maxBytes() {
        return 1024L * 1024L;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf", "docx");
    }
}
