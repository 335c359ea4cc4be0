package org.opora.itest.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

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

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
