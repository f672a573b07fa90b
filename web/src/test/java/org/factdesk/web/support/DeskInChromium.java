package org.factdesk.web.support;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.factdesk.web.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The desk as people see it in a browser: one Chromium per test class, and a fresh, separate
 * session for every person a test signs in, closed after each test.
 */
public abstract class DeskInChromium {

    private static Chromium chromium;

    @TestHTTPResource("/")
    public URL base;

    @BeforeAll
    public static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterEach
    public void closeEveryonesSession() {
        chromium.closeContexts();
    }

    @AfterAll
    public static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** A page signed in as the demo person through the login form. */
    public Page signedIn(String username) {
        return chromium.signedIn(base, username);
    }

    /** A page for a reader who is not signed in. */
    public Page reader() {
        return chromium.reader(base);
    }
}
