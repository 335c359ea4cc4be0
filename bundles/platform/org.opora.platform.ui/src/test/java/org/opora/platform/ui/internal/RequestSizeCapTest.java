package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class RequestSizeCapTest {

    private static final long MEGABYTE = 1024L * 1024L;

    private final RequestSizeCap cap = new RequestSizeCap(config(2));
    /** The response's status and headers as the filter left them. */
    private final Map<String, Object> answered = new HashMap<>();

    @Test
    void aDeclaredBodyOverTheCapIsRefusedBeforeAByteIsRead() throws Exception {
        Body body = new Body(1024 * MEGABYTE);
        boolean[] passed = {false};
        cap.doFilter(request(2 * MEGABYTE + 1, body), response(), (req, res) -> passed[0] = true);
        assertEquals(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, answered.get("status"));
        assertEquals("close", answered.get("Connection"));
        assertFalse(passed[0], "Vaadin never sees the request");
        assertEquals(0, body.position, "nothing of the body is read");
    }

    @Test
    void aDeclaredBodyWithinTheCapPassesUntouched() throws Exception {
        Body body = new Body(2 * MEGABYTE);
        HttpServletRequest request = request(2 * MEGABYTE, body);
        ServletRequest[] passed = {null};
        cap.doFilter(request, response(), (req, res) -> passed[0] = req);
        assertTrue(passed[0] == request);
        assertFalse(answered.containsKey("status"));
    }

    @Test
    void aChunkedBodyIsCutOffAtTheFirstBytePastTheCap() throws Exception {
        Body body = new Body(1024 * MEGABYTE);
        IOException[] failed = {null};
        cap.doFilter(request(-1, body), response(), readAll(failed, body));
        assertTrue(failed[0] != null, "the reader behind the filter fails");
        assertEquals(2 * MEGABYTE + 1, body.position, "reading stops at the first byte past the cap");
        assertEquals(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, answered.get("status"));
        assertThrows(IOException.class, () -> body.wrapped.read(), "a further read fails too");
    }

    @Test
    void aChunkedBodyWithinTheCapIsReadWhole() throws Exception {
        Body body = new Body(2 * MEGABYTE);
        IOException[] failed = {null};
        cap.doFilter(request(-1, body), response(), readAll(failed, body));
        assertEquals(null, failed[0]);
        assertEquals(2 * MEGABYTE, body.position);
        assertFalse(answered.containsKey("status"));
    }

    @Test
    void aChangedSettingAppliesToTheNextRequest() throws Exception {
        cap.modified(config(1));
        assertEquals(MEGABYTE, cap.maxBytes());
        cap.doFilter(request(MEGABYTE + 1, new Body(MEGABYTE + 1)), response(), (req, res) -> {
        });
        assertEquals(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, answered.get("status"));
    }

    /** What Vaadin does with a body: reads it to its end (and fails if the stream does). */
    private static FilterChain readAll(IOException[] failed, Body body) {
        return (req, res) -> {
            InputStream in = req.getInputStream();
            body.wrapped = in;
            try {
                byte[] chunk = new byte[16 * 1024];
                while (in.read(chunk) >= 0) {
                    // read on
                }
            } catch (IOException e) {
                failed[0] = e;
                throw e;
            }
        };
    }

    private static HttpServletRequest request(long contentLength, Body body) {
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getContentLengthLong" -> contentLength;
            case "getInputStream" -> body;
            case "getRequestURI" -> "/VAADIN/dynamic/resource/1/upload";
            default -> throw new AssertionError("unexpected call: " + name);
        });
    }

    private HttpServletResponse response() {
        return fake(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "isCommitted" -> {
                    return false;
                }
                case "setHeader" -> answered.put((String) args[0], args[1]);
                case "sendError", "setStatus" -> answered.put("status", args[0]);
                default -> throw new AssertionError("unexpected call: " + name);
            }
            return null;
        });
    }

    private static UiConfig config(int maxRequestMegabytes) {
        return fake(UiConfig.class, (name, args) -> switch (name) {
            case "maxRequestMegabytes" -> maxRequestMegabytes;
            default -> throw new AssertionError("unexpected call: " + name);
        });
    }

    private interface Answer {
        Object apply(String name, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(RequestSizeCapTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName(), args)));
    }

    /** A request body of the given length made up while it is read. */
    private static final class Body extends ServletInputStream {

        private final long length;
        long position;
        /** The stream the code behind the filter got. */
        InputStream wrapped;

        Body(long length) {
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
            position += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return position >= length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new AssertionError("the filter reads blocking, as Vaadin does");
        }
    }
}
