package org.opora.core.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload kept in memory that never holds more than its limit: the file is read from the request as it arrives,
 * and reading stops at the first byte past the limit, so a file of a gigabyte costs the server the limit plus one
 * byte, not the gigabyte (Vaadin's {@code UploadHandler.inMemory} reads the whole body first and only then could be
 * compared). A refused file is reported on the UI thread; the request then ends with an error instead of being read
 * to its end, and the servlet container drops the rest of the body with the connection.
 */
final class CappedUploadHandler implements UploadHandler {

    private static final int CHUNK = 16 * 1024;

    private final long maxBytes;
    private final SerializableBiConsumer<UploadMetadata, byte[]> received;
    private final SerializableConsumer<UploadMetadata> tooBig;

    /**
     * @param maxBytes the largest file accepted
     * @param received gets an accepted file on the UI thread
     * @param tooBig   gets a refused file's name and type on the UI thread
     */
    CappedUploadHandler(long maxBytes, SerializableBiConsumer<UploadMetadata, byte[]> received,
            SerializableConsumer<UploadMetadata> tooBig) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooBig = tooBig;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content = readAtMost(event.getInputStream(), maxBytes);
        if (content == null) {
            UploadMetadata meta = new UploadMetadata(event.getFileName(), event.getContentType(), maxBytes + 1);
            event.getUI().access(() -> tooBig.accept(meta));
            // not closing the stream: closing it would read the rest of the file to skip it
            throw new FileTooLargeException(maxBytes);
        }
        UploadMetadata meta = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        event.getUI().access(() -> received.accept(meta, content));
    }

    /**
     * The stream's content if it has at most {@code maxBytes} bytes, else {@code null}; reads at most
     * {@code maxBytes + 1} bytes and does not close the stream.
     */
    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes + 1, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        while (total <= maxBytes) {
            int read = in.read(chunk, 0, (int) Math.min(chunk.length, maxBytes + 1 - total));
            if (read < 0) {
                return out.toByteArray();
            }
            total += read;
            if (total <= maxBytes) {
                out.write(chunk, 0, read);
            }
        }
        return null;
    }

    /** Ends the upload request of a file over the limit (Vaadin logs it and answers the browser with an error). */
    static final class FileTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        FileTooLargeException(long maxBytes) {
            // no file name: it may name a pupil, and this goes to the log
            super("An uploaded file was refused: larger than " + maxBytes + " bytes");
        }
    }
}
