package org.opora.itest;

import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The request size cap of the running distribution: a request far over {@code maxRequestMegabytes} (201 MB by
 * default) is refused with 413, whether it declares its length or streams it in chunks, and the server's heap after
 * a collection does not grow by what was sent. The test runs in the container's JVM, so it reads that heap itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RequestSizeCapIT extends PlatformTestSupport {

    private static final long MEGABYTE = 1024L * 1024L;
    private static final long GIGABYTE = 1024L * MEGABYTE;

    @Configuration
    public Option[] config() throws IOException {
        return platform(freshDatabase("itest-request-cap-db"));
    }

    @Test
    public void aDeclaredGigabyteIsRefusedBeforeItIsRead() throws Exception {
        URI endpoint = endpoint();
        long before = heapAfterGc();
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /VAADIN/dynamic/resource/0/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + GIGABYTE + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = statusLine(socket.getInputStream());
            assertTrue(status, status != null && status.startsWith("HTTP/1.1 413 "));
        }
        assertHeapDidNotGrowBy(GIGABYTE, before);
    }

    @Test
    public void aChunkedGigabyteIsCutOffAtTheCap() throws Exception {
        AtomicLong readBySink = new AtomicLong();
        ServiceRegistration<Servlet> sink = registerSink(readBySink);
        try {
            URI endpoint = endpoint();
            eventually("the sink servlet answers", () -> status(endpoint, "GET /itest-sink").contains("200"));
            long before = heapAfterGc();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /itest-sink HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                writer.submit(() -> sendChunks(out, GIGABYTE));
                String status = statusLine(socket.getInputStream());
            assertTrue(status, status != null && status.startsWith("HTTP/1.1 413 "));
            } finally {
                writer.shutdownNow();
            }
            assertTrue("the servlet behind the cap read " + readBySink.get() + " bytes",
                    readBySink.get() <= 201 * MEGABYTE);
            assertHeapDidNotGrowBy(GIGABYTE, before);
        } finally {
            sink.unregister();
        }
    }

    /** A servlet on the intranet's context that reads whatever body it gets, as an upload does. */
    private ServiceRegistration<Servlet> registerSink(AtomicLong read) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("osgi.http.whiteboard.servlet.pattern", "/itest-sink");
        props.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=opora)");
        return context.registerService(Servlet.class, new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                byte[] chunk = new byte[16 * 1024];
                InputStream in = req.getInputStream();
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    read.addAndGet(n);
                }
                resp.setStatus(200);
            }
        }, props);
    }

    private static Object sendChunks(OutputStream out, long total) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write(header);
                out.write(chunk);
                out.write(crlf);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException closedByTheServer) {
            // expected: the server stops taking the body after its answer
        }
        return null;
    }

    private static String status(URI endpoint, String requestLine) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return statusLine(socket.getInputStream());
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
    }

    /** Where Felix HTTP listens, from its runtime service. */
    private URI endpoint() throws Exception {
        ServiceReference<?>[] refs = null;
        long until = System.currentTimeMillis() + TIMEOUT;
        while (refs == null && System.currentTimeMillis() < until) {
            refs = context.getServiceReferences("org.osgi.service.servlet.runtime.HttpServiceRuntime", null);
            if (refs == null) {
                Thread.sleep(200);
            }
        }
        assertTrue("HTTP runtime", refs != null);
        Object endpoints = refs[0].getProperty("osgi.http.endpoint");
        String first = endpoints instanceof String[] all ? all[0]
                : endpoints instanceof java.util.Collection<?> all ? String.valueOf(all.iterator().next())
                : String.valueOf(endpoints);
        URI uri = URI.create(first);
        return uri.getHost() == null || uri.getHost().equals("0.0.0.0")
                ? URI.create("http://127.0.0.1:" + uri.getPort() + "/") : uri;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void assertHeapDidNotGrowBy(long sent, long before) throws InterruptedException {
        long grown = heapAfterGc() - before;
        assertTrue("used heap after GC grew by " + grown + " bytes after " + sent + " bytes were sent",
                grown < sent / 8);
    }
}
