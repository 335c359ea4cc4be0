package org.opora.platform.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The largest request body the intranet takes ({@code maxRequestMegabytes} of the UI's settings), in front of Vaadin:
 * a request that declares a larger {@code Content-Length} is answered 413 before a byte of its body is read, and a
 * body without a declared length (chunked) is cut off with 413 at the first byte past the cap. Uploads are the only
 * large requests; each upload also stops reading at its own file limit (the kit's uploads).
 */
@Component(service = Filter.class, configurationPid = "org.opora.platform.ui", property = {
    "osgi.http.whiteboard.filter.name=opora-request-size-cap",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.asyncSupported=true",
    // after SecurityHeaders (ranking 0), so that a refusal carries the security headers too
    "service.ranking:Integer=-10",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + UiHost.CONTEXT_NAME + ")"})
public class RequestSizeCap implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeCap.class);
    private static final long MEGABYTE = 1024L * 1024L;

    private volatile long maxBytes;

    @Activate
    public RequestSizeCap(UiConfig config) {
        modified(config);
    }

    /** A new cap applies to the next request; the filter stays registered. */
    @Modified
    void modified(UiConfig config) {
        maxBytes = Math.max(1, config.maxRequestMegabytes()) * MEGABYTE;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        long cap = maxBytes;
        long declared = http.getContentLengthLong();
        if (declared > cap) {
            refuse(http, out, cap);
            return;
        }
        if (declared >= 0) {
            // the container reads no more than the declared length
            chain.doFilter(request, response);
            return;
        }
        Capped capped = new Capped(http, cap);
        try {
            chain.doFilter(capped, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!capped.exceeded) {
                throw e;
            }
        }
        if (capped.exceeded && !out.isCommitted()) {
            refuse(http, out, cap);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long cap) throws IOException {
        LOG.warn("A request to {} refused: its body is larger than {} bytes", request.getRequestURI(), cap);
        // the rest of the body is not read: the connection ends with this answer
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /** The request with a body that fails on the first byte past the cap. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long cap;
        private ServletInputStream stream;
        volatile boolean exceeded;

        Capped(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class CappedStream extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            CappedStream(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                refuseAfterCap();
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                refuseAfterCap();
                if (len == 0) {
                    return 0;
                }
                int n = in.read(b, off, (int) Math.min(len, cap + 1 - read));
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > cap) {
                    exceeded = true;
                }
                refuseAfterCap();
            }

            private void refuseAfterCap() throws IOException {
                if (exceeded) {
                    throw new IOException("Request body larger than " + cap + " bytes");
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
