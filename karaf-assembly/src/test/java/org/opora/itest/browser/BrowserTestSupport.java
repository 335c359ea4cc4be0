package org.opora.itest.browser;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One running distribution (demo profile) per test class, named after the class, and a fresh Chromium per test.
 */
abstract class BrowserTestSupport {

    protected static RunningDistribution opora;
    protected Browser browser;

    @BeforeAll
    static void startDistribution(TestInfo test) throws Exception {
        opora = RunningDistribution.start(test.getTestClass().orElseThrow().getSimpleName());
    }

    @AfterAll
    static void stopDistribution() throws Exception {
        if (opora != null) {
            opora.close();
            opora = null;
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    /** A failed test leaves its last screen and page text in {@code target/browser-failures}. */
    @RegisterExtension
    final AfterTestExecutionCallback snapshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            try {
                browser.snapshot(Path.of("target", "browser-failures", context.getRequiredTestClass().getSimpleName()
                        + "-" + context.getRequiredTestMethod().getName() + ".png"));
            } catch (RuntimeException | IOException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    };

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
