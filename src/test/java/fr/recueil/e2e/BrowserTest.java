package fr.recueil.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

/**
 * End-to-end tests: the whole application on a random port (throw-away embedded PostgreSQL with
 * the demo data), driven by a real headless Chromium. One browser per test class, a fresh browser
 * context (no cookies, logged out) per test, a screenshot in {@code target/e2e-screenshots/} when
 * a test fails.
 * <p>
 * Every end-to-end class extends this one and adds no Spring configuration of its own, so that
 * Spring starts the application once for all of them.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "recueil.security.lockout.max-failures=" + BrowserTest.LOCKOUT_MAX_FAILURES,
        "recueil.security.lockout.window=30s",
        "recueil.security.lockout.duration=" + BrowserTest.LOCKOUT_SECONDS + "s",
        // The demo directory beside the local demo accounts, as RECUEIL_DEMO_DIRECTORY=true runs it.
        "recueil.demo.directory.enabled=true",
        // Vaadin's development tools (Copilot) lie over the page and catch clicks: a user never has them.
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.devmode.usageStatistics.enabled=false"
})
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest implements ScreenshotOnFailure.HasPage {

    /** The demo users' password. */
    protected static final String DEMO_PASSWORD = "recueil-demo";
    static final int LOCKOUT_MAX_FAILURES = 5;
    /** Short, so that the lockout test can see a lock end. */
    static final int LOCKOUT_SECONDS = 10;
    protected static final Duration LOCKOUT_DURATION = Duration.ofSeconds(LOCKOUT_SECONDS);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;
    protected RecueilPages app;

    @BeforeAll
    static void startBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(Chromium.TIMEOUT_MS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();   // closes the browser too
        }
        playwright = null;
        browser = null;
    }

    @BeforeEach
    void openPage() {
        context = Chromium.newContext(browser);
        page = context.newPage();
        app = new RecueilPages(page, "http://localhost:" + port);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    public Page page() {
        return page;
    }

    /** Opens the login page, submits the user and password, and waits for the page that follows. */
    protected void login(String user, String password) {
        app.login(user, password);
    }

    /** The labels of the side navigation, top to bottom (sub-items after their parent). */
    protected List<String> navLabels() {
        return app.navLabels();
    }

    protected String url(String path) {
        return app.url(path);
    }
}
