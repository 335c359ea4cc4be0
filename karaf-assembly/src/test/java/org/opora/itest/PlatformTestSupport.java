package org.opora.itest;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.streamBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.inject.Inject;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.opora.itest.module.ModuleActivator;
import org.opora.itest.module.Note;
import org.opora.itest.module.NoteDuties;
import org.opora.itest.module.NotesCardSection;
import org.opora.itest.module.NotePrint;
import org.opora.itest.module.NotesView;
import org.opora.itest.module.NotesViewContribution;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.tinybundles.TinyBundles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots the Opora distribution built by this module in Pax Exam, on free ports, with its database in a folder the
 * tests choose, and offers the test-only module bundle and a few helpers.
 */
public abstract class PlatformTestSupport {

    /** Folder shared by the test classes that check data across container restarts (absolute in both JVMs). */
    protected static final String SHARED_DIR_PROPERTY = "opora.itest.dir";
    protected static final File SHARED_DIR = new File(System.getProperty(SHARED_DIR_PROPERTY, "target/itest-db"))
            .getAbsoluteFile();
    protected static final File SHARED_DB = new File(SHARED_DIR, "opora");
    protected static final String TEST_MODULE = "org.opora.itest.module";
    protected static final long TIMEOUT = 30_000;
    /** Every module the distribution ships, without the demo. */
    protected static final String ALL_MODULES = "opora-core,opora-consilium,opora-programmes,opora-patronage";

    @Inject
    protected BundleContext context;

    /**
     * A test's calls are the platform's own work, as the system, explicitly (a call without a principal is refused).
     * Failures travel from the container to Maven over RMI; a cause whose class the driver lacks (EclipseLink,
     * Derby) would arrive as a bare ClassNotFoundException. The rule turns every failure into an AssertionError
     * carrying the whole stack trace as text.
     */
    @org.junit.Rule
    public final org.junit.rules.TestRule readableFailures = (base, description) -> new org.junit.runners.model
            .Statement() {
        @Override
        public void evaluate() throws Throwable {
            try {
                org.opora.platform.api.security.SystemWork.call("test: " + description.getMethodName(), () -> {
                    try {
                        base.evaluate();
                    } catch (Exception | Error e) {
                        throw e;
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                    return null;
                });
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable t) {
                java.io.StringWriter text = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(text));
                throw new AssertionError(text.toString());
            }
        }
    };

    protected static Option[] platform(File database, Option... extra) {
        stopLeftContainers();
        String distribution = System.getProperty("opora.distribution");
        Option[] base = options(
                karafDistributionConfiguration().frameworkUrl("file:" + new File(distribution).getAbsolutePath())
                        .name("Opora").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                // plain HTTP on localhost, as the demo runs (Pax Exam starts Java itself: bin/karaf makes no key)
                editConfigurationFilePut("etc/custom.system.properties", "opora.https.enabled", "false"),
                editConfigurationFilePut("etc/custom.system.properties", "opora.http.host", "127.0.0.1"),
                // the modules installed on the first start (a test class may put its own after these)
                editConfigurationFilePut("etc/custom.system.properties", "opora.modules", ALL_MODULES),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
                systemProperty(SHARED_DIR_PROPERTY).value(SHARED_DIR.getAbsolutePath()),
                // the first boot migrates every schema; on two busy cores that can take a while
                systemTimeout(300_000),
                systemProperty("org.ops4j.pax.exam.service.timeout").value("120000"),
                // the probe waits this long for Pax Exam's injector; a boot that migrates a module's schema on the
                // features thread (slow on two busy cores) outlasts the default 10 s and the probe never starts
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"));
        // Derby in the folder, or a PostgreSQL database for it in the test command's second pass
        Option[] store = ItestDatabase.datasource(database);
        Option[] all = Arrays.copyOf(base, base.length + store.length + extra.length);
        System.arraycopy(store, 0, all, base.length, store.length);
        System.arraycopy(extra, 0, all, base.length + store.length, extra.length);
        return all;
    }

    /**
     * Stops the Karaf containers an earlier class of this JVM left running. Pax Exam stops a container that came up,
     * but one that did not within the system timeout ("Container never came up") keeps running; with the next class
     * booting beside it both are slower, and on two cores the next boot outlasts its timeout as well. Called before a
     * class boots its container (the classes of one JVM run one after another), so only leftovers are found.
     */
    private static void stopLeftContainers() {
        List<ProcessHandle> left = ProcessHandle.current().descendants()
                .filter(h -> h.info().commandLine().map(c -> c.contains("org.apache.karaf.main.Main")
                        && c.contains(new File("target/exam").getAbsolutePath())).orElse(false))
                .toList();
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : left) {
            h.onExit().toCompletableFuture().completeOnTimeout(null, 30, java.util.concurrent.TimeUnit.SECONDS).join();
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    /** The test-only module: a view, a permission and a persistence unit, as a bundle stream. */
    protected static Option testModule() {
        return streamBundle(testModuleJar());
    }

    /** The test-only module as a jar stream (also dropped into deploy/ by the browser tests). */
    public static InputStream testModuleJar() {
        return TinyBundles.bundle()
                .symbolicName(TEST_MODULE)
                .setHeader("Bundle-ManifestVersion", "2")
                .setHeader("Bundle-Version", "1.0.0")
                .activator(ModuleActivator.class)
                .addClass(Note.class)
                .addClass(NotesView.class)
                .addClass(NotesViewContribution.class)
                .addClass(NotePrint.class)
                .addClass(NoteDuties.class)
                .addClass(NotesCardSection.class)
                .addResource("META-INF/persistence.xml",
                        PlatformTestSupport.class.getResource("/itest-module/persistence.xml"))
                .addResource("db/changelog.xml", PlatformTestSupport.class.getResource("/itest-module/changelog.xml"))
                .setHeader("Meta-Persistence", "META-INF/persistence.xml")
                .setHeader("Import-Package", "org.opora.platform.api.security,org.opora.platform.api.print,org.opora.platform.api.duty,org.opora.platform.ui.api,"
                        + "com.vaadin.flow.component,com.vaadin.flow.component.html,"
                        + "com.vaadin.flow.component.orderedlayout,jakarta.persistence,org.osgi.framework")
                .build(TinyBundles.rawBuilder());
    }

    /** An empty database folder under target/ (removed first: a test that creates records starts clean). */
    protected static File freshDatabase(String name) throws IOException {
        File dir = new File("target/" + name).getAbsoluteFile();
        deleteTree(dir);
        return dir;
    }

    protected static void deleteTree(File dir) throws IOException {
        if (dir.exists()) {
            try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(dir.toPath())) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(java.nio.file.Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    protected static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected <T> T service(Class<T> type, String filter) throws InterruptedException, InvalidSyntaxException {
        String f = "(&(objectClass=" + type.getName() + ")" + (filter == null ? "" : filter) + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(f), null);
        tracker.open();
        // the tracker stays open: closing it would release the service, and a delayed DS component with no
        // user is disposed, leaving the test with a dead instance
        T service = tracker.waitForService(TIMEOUT);
        if (service == null) {
            throw new AssertionError("no service " + f + " within " + TIMEOUT + " ms");
        }
        return service;
    }

    protected boolean hasService(Class<?> type, String filter) throws InvalidSyntaxException {
        return context.getServiceReferences(type, filter).size() > 0;
    }

    protected Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /**
     * The routes Vaadin itself knows, read from the intranet servlet's route registry. The whiteboard
     * registers the servlet service before Jetty initialises it, so this waits for its configuration.
     */
    protected Set<String> vaadinRoutes() throws Exception {
        Servlet servlet = service(Servlet.class, "(osgi.http.whiteboard.servlet.name=opora-ui)");
        eventually("the intranet servlet initialised", () -> servlet.getServletConfig() != null);
        ServletConfig config = servlet.getServletConfig();
        List<RouteData> routes = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(config.getServletContext()))
                .getRegisteredRoutes();
        return routes.stream().map(RouteData::getTemplate).collect(Collectors.toSet());
    }

    protected static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within " + TIMEOUT + " ms: " + what);
            }
            Thread.sleep(100);
        }
    }
}
