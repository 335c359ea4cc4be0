package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opora.itest.AccessMatrix;
import org.opora.itest.AccessMatrix.Actual;
import org.opora.itest.AccessMatrix.Attempt;
import org.opora.itest.AccessMatrix.Expected;
import org.opora.itest.AccessMatrix.Kind;
import org.opora.itest.AccessMatrix.Op;
import org.opora.itest.AccessMatrix.Tie;
import org.opora.itest.MatrixProbe;
import org.ops4j.pax.tinybundles.TinyBundles;

/**
 * The access matrix by address: the shipped distribution with the demo school; a probe bundle dropped into
 * {@code deploy/} lists, in the container, every demo user's confidential records with the user's ties to them
 * ({@link MatrixProbe}). Each demo user signs in once in Chromium and opens the address of one record of each type
 * they take part in and one they do not: the record's content shown, or a refusal. Where the page offers the
 * record's PDF, it is downloaded in the user's session; the first PDF address of each type (the director's session)
 * is then tried in every other user's session and must not print. The table goes to stdout (the failsafe report)
 * and {@code target/access-matrix-browser.txt}; a LEAK, an OVER or an ERROR fails.
 */
class AccessMatrixBrowserIT extends BrowserTestSupport {

    /** The director first: her session's PDF addresses are tried by the others. */
    private static final List<String> ORDER = List.of("director", "deputy", "head", "psychologist", "socped",
            "teacher", "admin");

    /** The PDF link on each type's page, where it has one. */
    private static final Map<Kind, String> PDF = new EnumMap<>(Map.of(Kind.PROGRAMME, "programme-pdf",
            Kind.PLAN, "plan-pdf", Kind.SUPPORT, "ts-record-print"));

    /** The element a page whose content is looked for as a text shows with its record. */
    private static final Map<Kind, String> ANSWERED_BY_TEXT = new EnumMap<>(Map.of(Kind.FINDINGS, "referral-info"));

    /** One line of the probe's file. */
    record Row(String user, String label, Kind kind, long id, String record, String route, Expected expected,
            boolean personal, String marker, Set<Tie> ties) {
    }

    @Test
    void everyDemoUserOpensTheirAndOthersRecordsByAddress() throws Exception {
        List<Row> rows = probe();
        Map<Kind, String> pdfSeen = new EnumMap<>(Kind.class);
        Map<Kind, Long> pdfRecord = new EnumMap<>(Kind.class);
        List<Attempt> attempts = new ArrayList<>();
        long started = System.nanoTime();
        for (String user : ORDER) {
            List<Row> mine = chosen(rows, user);
            try (Browser b = new Browser()) {
                boolean signedIn = false;
                for (Row r : mine) {
                    b.open(opora.url(r.route()));
                    if (!signedIn) {
                        b.signIn(user, opora.demoPassword(user));
                        signedIn = true;
                    }
                    boolean shown = shown(b, r);
                    attempts.add(new Attempt(r.label(), r.kind(), Op.READ, r.record(), r.ties(), r.expected(),
                            shown ? Actual.ALLOWED : Actual.REFUSED, shown ? "" : "refusal or nothing of it shown"));
                    String pdfId = PDF.get(r.kind());
                    if (shown && pdfId != null && b.present(By.id(pdfId))) {
                        String href = b.await(By.id(pdfId)).getAttribute("href");
                        boolean printed = isPdf(fetch(b, href));
                        attempts.add(new Attempt(r.label(), r.kind(), Op.PRINT, r.record() + " (own link)", r.ties(),
                                r.expected(), printed ? Actual.ALLOWED : Actual.REFUSED, ""));
                        if (!pdfSeen.containsKey(r.kind())) {
                            pdfSeen.put(r.kind(), href);
                            pdfRecord.put(r.kind(), r.id());
                        }
                    }
                }
                // another session's PDF addresses: a Vaadin resource belongs to the session that showed the link
                for (Map.Entry<Kind, String> seen : pdfSeen.entrySet()) {
                    if (user.equals(ORDER.get(0))) {
                        break;
                    }
                    Row target = rows.stream().filter(r -> r.user().equals(user) && r.kind() == seen.getKey()
                            && r.id() == pdfRecord.get(seen.getKey())).findFirst().orElseThrow();
                    boolean printed = isPdf(fetch(b, seen.getValue()));
                    // whatever the user may read, another session's link must not print for them
                    attempts.add(new Attempt(target.label(), target.kind(), Op.PRINT, target.record()
                            + " (the director's link)", target.ties(), Expected.REFUSED,
                            printed ? Actual.ALLOWED : Actual.REFUSED, ""));
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String table = AccessMatrix.table("Access matrix by address in Chromium (" + seconds + " s; read = the "
                + "record's page shows its content, print = its PDF)", attempts);
        System.out.println(table);
        Files.writeString(Path.of("target", "access-matrix-browser.txt"), table, StandardCharsets.UTF_8);
        for (Kind k : Kind.values()) {
            assertTrue(attempts.stream().anyMatch(a -> a.kind() == k && a.op() == Op.READ),
                    "no demo record of " + k.title() + " was opened");
        }
        long failed = attempts.stream().filter(Attempt::fails).count();
        assertTrue(failed == 0, failed + " attempts differ from the regulations:\n" + table);
    }

    /** Per type one record the user takes part in and one they do not (those with something to look for). */
    private static List<Row> chosen(List<Row> rows, String user) {
        List<Row> picked = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (boolean personal : new boolean[] {true, false}) {
                rows.stream().filter(r -> r.user().equals(user) && r.kind() == k && r.personal() == personal
                        && !r.marker().isEmpty()).findFirst().ifPresent(picked::add);
            }
        }
        return picked;
    }

    /**
     * Whether the page shows the record: its content's element (or text), once the page has answered with either
     * the content or a refusal, a not-found or an error message.
     */
    private static boolean shown(Browser b, Row r) {
        boolean text = r.marker().startsWith("text:");
        // a text is looked for once the page has shown its record (the referral's details) or refused
        String element = text ? ANSWERED_BY_TEXT.get(r.kind()) : r.marker();
        String script = """
                return !!document.getElementById(arguments[0])
                    || !!document.querySelector('[id$=-denied],[id$=-unavailable],[id$=-not-found]')
                    || !!document.querySelector('vaadin-notification-card');""";
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(b.js(script,
                element)));
        return text ? b.bodyText().contains(r.marker().substring(5)) : b.present(By.id(r.marker()));
    }

    private static byte[] fetch(Browser b, String href) throws IOException, InterruptedException {
        String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(href)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode() == 200 ? response.body() : new byte[0];
    }

    private static boolean isPdf(byte[] body) {
        return body.length > 4 && new String(body, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF");
    }

    /** Drops the probe into deploy/ and reads what it found. */
    private static List<Row> probe() throws IOException, InterruptedException {
        try (InputStream in = probeJar()) {
            Files.copy(in, opora.deployFolder().resolve("org.opora.itest.matrix.jar"));
        }
        Path file = opora.home().resolve("data").resolve(MatrixProbe.FILE);
        long end = System.currentTimeMillis() + 300_000;
        while (!Files.exists(file)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the probe wrote nothing within 5 minutes:\n" + opora.logExcerpt(40));
            }
            Thread.sleep(250);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("ERROR")) {
            throw new AssertionError("the probe failed: " + lines.get(0));
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            Set<Tie> ties = f[9].isEmpty() ? EnumSet.noneOf(Tie.class) : Arrays.stream(f[9].split(","))
                    .map(Tie::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Tie.class)));
            rows.add(new Row(f[0], f[1], Kind.valueOf(f[2]), Long.parseLong(f[3]), f[4], f[5],
                    Expected.valueOf(f[6]), Boolean.parseBoolean(f[7]), f[8], ties));
        }
        return rows;
    }

    /** The probe bundle: the matrix classes and the activator, importing the modules' APIs. */
    private static InputStream probeJar() throws IOException {
        Path classes = Path.of("target", "test-classes", "org", "opora", "itest");
        var bundle = TinyBundles.bundle()
                .symbolicName("org.opora.itest.matrix")
                .setHeader("Bundle-ManifestVersion", "2")
                .setHeader("Bundle-Version", "1.0.0")
                .setHeader("Bundle-Activator", MatrixProbe.class.getName())
                .setHeader("Import-Package", String.join(",", "org.osgi.framework", "org.osgi.util.tracker",
                        "org.opora.platform.api.security", "org.opora.core.api", "org.opora.core.api.pupil",
                        "org.opora.core.api.staff", "org.opora.core.support", "org.opora.consilium.api",
                        "org.opora.consilium.api.meeting", "org.opora.consilium.api.referral",
                        "org.opora.programmes.api", "org.opora.programmes.api.plan",
                        "org.opora.programmes.api.programme", "org.opora.patronage.api.cases",
                        "org.opora.patronage.api.team", "org.opora.patronage.api.work",
                        "org.opora.teachersupport.api.record"));
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean part = name.startsWith("AccessMatrix") && !name.startsWith("AccessMatrixIT")
                        || name.startsWith("MatrixRecords") || name.startsWith("MatrixProbe");
                if (part && name.endsWith(".class")) {
                    bundle.addResource("org/opora/itest/" + name, f.toUri().toURL());
                }
            }
        }
        return bundle.build(TinyBundles.rawBuilder());
    }
}
