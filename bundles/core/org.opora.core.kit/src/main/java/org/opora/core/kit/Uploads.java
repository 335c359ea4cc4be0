package org.opora.core.kit;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadMetadata;

import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.platform.ui.api.Notifications;

/**
 * Uploads of one file kept in memory (import files, documents), with texts in the user's language and the size
 * limit checked on both sides: the browser refuses a larger file, the server refuses one that got through anyway
 * while it arrives, holding at most the limit plus one byte of it (a larger request is refused before it is read by
 * the intranet's request cap, see docs/configuration.md).
 * A file a module stores (a document, evidence attached to a record) is uploaded with {@link #checked}, which applies
 * the core's {@link AttachmentCheck}.
 */
public final class Uploads {

    private static final long MEGABYTE = 1024L * 1024L;

    private Uploads() {
    }

    /**
     * @param id        the upload's id
     * @param maxMb     the largest file accepted, in megabytes
     * @param received  gets the file's name, type and content on the UI thread once it has arrived
     * @param accepted  file extensions and content types accepted, e.g. {@code .csv}
     */
    public static Upload create(String id, int maxMb, SerializableBiConsumer<UploadMetadata, byte[]> received,
            String... accepted) {
        UI ui = UI.getCurrent();
        long max = maxMb * MEGABYTE;
        AtomicReference<Upload> created = new AtomicReference<>();
        Upload upload = new Upload(handler(ui, maxMb, received, created));
        created.set(upload);
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) max);
        upload.setAcceptedFileTypes(accepted);
        upload.setI18n(i18n(ui, maxMb));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        return upload;
    }

    /**
     * An upload of a file the module will store, with the limits of the core's file check (the school's settings for
     * the document register): the browser is given the largest size and the accepted extensions, and a file that
     * arrives is checked at once, so a refused file (too large, of another type, content not of its type) is named
     * to the user and removed from the upload before the form is saved. The module's service checks the file again
     * with the same {@link AttachmentCheck} before storing it.
     *
     * @param id       the upload's id
     * @param check    the core's file check
     * @param received gets the checked attachment (clean file name, content type of its extension) on the UI thread
     * @since 1.2
     */
    public static Upload checked(String id, AttachmentCheck check, SerializableConsumer<Attachment> received) {
        int maxMb = (int) Math.max(1, (check.maxBytes() + MEGABYTE - 1) / MEGABYTE);
        String[] accepted = check.extensions().stream().sorted().map(e -> "." + e).toArray(String[]::new);
        AtomicReference<Upload> created = new AtomicReference<>();
        Upload upload = create(id, maxMb, (meta, bytes) -> Failures
                .get(() -> check.check(new Attachment(meta.fileName(), meta.contentType(), bytes)))
                .ifPresentOrElse(received, () -> created.get().clearFileList()), accepted);
        created.set(upload);
        return upload;
    }

    /** Reads the file as it arrives; one over the limit is named to the user and taken off the upload's list. */
    static CappedUploadHandler handler(UI ui, int maxMb, SerializableBiConsumer<UploadMetadata, byte[]> received,
            AtomicReference<Upload> upload) {
        return new CappedUploadHandler(maxMb * MEGABYTE, received, meta -> {
            Notifications.error(ui.getTranslation("core.kit.upload.tooBig", meta.fileName(), maxMb));
            upload.get().clearFileList();
        });
    }

    private static UploadI18N i18n(UI ui, int maxMb) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("core.kit.upload.add"))
                .setMany(ui.getTranslation("core.kit.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("core.kit.upload.drop"))
                .setMany(ui.getTranslation("core.kit.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("core.kit.upload.tooMany"))
                .setFileIsTooBig(ui.getTranslation("core.kit.upload.tooBigShort", maxMb))
                .setIncorrectFileType(ui.getTranslation("core.kit.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("core.kit.upload.connecting"))
                        .setStalled(ui.getTranslation("core.kit.upload.stalled"))
                        .setProcessing(ui.getTranslation("core.kit.upload.processing"))
                        .setHeld(ui.getTranslation("core.kit.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(ui.getTranslation("core.kit.upload.remaining"))
                        .setUnknown(ui.getTranslation("core.kit.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(ui.getTranslation("core.kit.upload.serverUnavailable"))
                        .setUnexpectedServerError(ui.getTranslation("core.kit.upload.serverError"))
                        .setForbidden(ui.getTranslation("core.kit.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(ui.getTranslation("core.kit.upload.retry"))
                .setStart(ui.getTranslation("core.kit.upload.start"))
                .setRemove(ui.getTranslation("core.kit.upload.remove")));
        List<String> units = List.of(ui.getTranslation("core.kit.upload.units").split(","));
        if (units.size() >= 3) {
            i18n.setUnits(units.stream().map(String::strip).toList());
        }
        return i18n;
    }
}
