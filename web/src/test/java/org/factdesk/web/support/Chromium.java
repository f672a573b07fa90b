package org.factdesk.web.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The system's Chromium driven by Playwright, as a person uses the desk: launched once per test
 * class, a fresh context (its own cookies, so its own session) for every person, and sign-in
 * through the login form rather than a planted cookie.
 */
public final class Chromium implements AutoCloseable {

    /** Debian's Chromium; Playwright is never allowed to download a browser of its own. */
    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    public static final String DEMO_PASSWORD = "demo";

    private static final double TIMEOUT_MS = 20_000;
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        // Also set for the test JVM by the build; repeated here so a run from an IDE downloads nothing either.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A page for a reader: a context of its own, not signed in. */
    public Page reader(URL base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base.toString()));
        context.setDefaultTimeout(TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** A page signed in as the demo person, through the /login form, in a context of its own. */
    public Page signedIn(URL base, String username) {
        Page page = reader(base);
        page.navigate("/login");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        return page;
    }

    /** Closes the contexts opened so far, so no session carries over into the next test. */
    public void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** What axe-core finds on the page as it stands that would stop or seriously hinder someone. */
    public static List<Violation> seriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(Violation::of)
                .toList();
    }

    @Override
    public void close() {
        closeContexts();
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /** One failed axe-core rule, readable in a failed assertion: which rule, how bad, what to do, where. */
    public record Violation(String rule, String impact, String help, List<String> elements) {

        static Violation of(Rule rule) {
            List<String> elements = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
            return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(), elements);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + elements;
        }
    }
}
