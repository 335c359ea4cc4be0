package org.opora.core.ui.internal.document;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.opora.core.api.CoreException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.platform.api.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The download link of a document's file. The file is read from the register when the link is followed, for the
 * signed-in user, so the register checks the permission and logs the download then.
 */
final class DocumentFile {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFile.class);

    private DocumentFile() {
    }

    static Anchor link(DocumentRegister register, DocumentRecord document) {
        long id = document.id();
        DownloadHandler file = DownloadHandler.fromInputStream(event -> {
            try {
                Attachment a = register.file(id);
                byte[] content = a.content();
                return new DownloadResponse(new ByteArrayInputStream(content), a.fileName(), a.contentType(),
                        content.length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (CoreException e) {
                LOG.warn("Document {} could not be downloaded: {}", id, e.messageKey());
                return DownloadResponse.error(HttpStatusCode.BAD_REQUEST);
            }
        });
        Anchor link = new Anchor(file, AttachmentType.DOWNLOAD, document.fileName());
        link.setId("documents-file-" + id);
        link.setTitle(document.fileName());
        return link;
    }
}
