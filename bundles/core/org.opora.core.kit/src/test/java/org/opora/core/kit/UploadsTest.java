package org.opora.core.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadMetadata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;

class UploadsTest {

    private static final long MEGABYTE = 1024L * 1024L;
    private static final long GIGABYTE = 1024L * MEGABYTE;

    private final List<byte[]> received = new ArrayList<>();
    private final AtomicReference<Upload> upload = new AtomicReference<>();
    private UI ui;

    @BeforeEach
    void open() {
        ui = TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void aGigabyteIsRefusedAfterTheLimitPlusOneByteWithoutHoldingIt() throws Exception {
        CappedUploadHandler handler = Uploads.handler(ui, 1, (meta, bytes) -> received.add(bytes), upload);
        Generated body = new Generated(GIGABYTE);
        UploadEvent event = event("huge.pdf", body);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(CappedUploadHandler.FileTooLargeException.class, () -> handler.handleUploadRequest(event));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals(MEGABYTE + 1, body.position, "reading stops at the first byte past the limit");
        assertTrue(allocated < 16 * MEGABYTE, "allocated " + allocated + " bytes for a file of a gigabyte");
        assertTrue(received.isEmpty(), "nothing reaches the form");
        TestUi.roundTrip();
        assertEquals("!{core.kit.upload.tooBig}!", shownText(), "the user is told, in their language");
    }

    @Test
    void aFileOfExactlyTheLimitArrivesWholeAndOneByteMoreIsRefused() throws Exception {
        Uploads.handler(ui, 1, (meta, bytes) -> received.add(bytes), upload)
                .handleUploadRequest(event("plan.pdf", new Generated(MEGABYTE)));
        assertEquals(1, received.size());
        byte[] expected = new byte[(int) MEGABYTE];
        new Generated(MEGABYTE).read(expected, 0, expected.length);
        assertArrayEquals(expected, received.get(0), "the same bytes, as the callers got them before");

        assertThrows(CappedUploadHandler.FileTooLargeException.class, () -> Uploads
                .handler(ui, 1, (meta, bytes) -> received.add(bytes), upload)
                .handleUploadRequest(event("plan.pdf", new Generated(MEGABYTE + 1))));
        assertEquals(1, received.size());
    }

    @Test
    void theNameAndTypeReachTheCaller() throws Exception {
        List<UploadMetadata> metas = new ArrayList<>();
        new CappedUploadHandler(10, (meta, bytes) -> metas.add(meta), meta -> {
        }).handleUploadRequest(event("list.csv", new Generated(3)));
        assertEquals(new UploadMetadata("list.csv", "application/pdf", 3), metas.get(0));
    }

    private UploadEvent event(String fileName, InputStream body) {
        upload.set(Uploads.create("u", 1, (meta, bytes) -> received.add(bytes)));
        ui.add(upload.get());
        VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (self, method, args) -> {
                    if (method.getName().equals("getInputStream")) {
                        return body;
                    }
                    throw new AssertionError("unexpected call: " + method.getName());
                });
        return new UploadEvent(request, null, ui.getSession(), fileName, -1, "application/pdf",
                upload.get().getElement(), null, null);
    }

    private String shownText() {
        return TestUi.all(ui).filter(Notification.class::isInstance).map(Notification.class::cast)
                .filter(Notification::isOpened).map(n -> n.getElement().getProperty("text")).findFirst()
                .orElseThrow(() -> new AssertionError("no message shown"));
    }

    /** A stream of the given length made up while it is read: nothing of it is held. */
    private static final class Generated extends InputStream {

        private final long length;
        long position;

        Generated(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? (int) (position++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((position + i) & 0x7F);
            }
            position += n;
            return n;
        }
    }
}
