package fr.recueil.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a deployed Recueil (no Spring context here: the application runs elsewhere, e.g. the
 * production jar on PostgreSQL): the administrator logs in, lands on the dashboard with the
 * administration in the navigation, and logs out. Runs only when given a URL:
 * <pre>
 * ./mvnw -B -o surefire:test -Dtest=DeploymentSmokeTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Drecueil.smoke.url=http://localhost:8081 -Drecueil.smoke.login=LOGIN -Drecueil.smoke.password=PASSWORD
 * </pre>
 */
@Tag("e2e")
@Tag("smoke")
@EnabledIfSystemProperty(named = "recueil.smoke.url", matches = ".+")
@ExtendWith(ScreenshotOnFailure.class)
class DeploymentSmokeTest implements ScreenshotOnFailure.HasPage {

    private final String url = System.getProperty("recueil.smoke.url");
    private final String login = System.getProperty("recueil.smoke.login", "");
    private final String password = System.getProperty("recueil.smoke.password", "");

    private Playwright playwright;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(Chromium.TIMEOUT_MS);
        playwright = Chromium.playwright();
        Browser browser = Chromium.launch(playwright);
        context = Chromium.newContext(browser);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public Page page() {
        return page;
    }

    @Test
    void the_administrator_logs_in_lands_on_the_dashboard_with_the_administration_and_logs_out() {
        assertThat(login).as("-Drecueil.smoke.login").isNotBlank();
        assertThat(password).as("-Drecueil.smoke.password").isNotBlank();
        RecueilPages app = new RecueilPages(page, url);

        app.login(login, password);
        assertThat(app.path()).as("the page after logging in as %s (a refused login stays on /login)", login)
                .isNotEqualTo("/login");

        assertThat(page).hasURL(Pattern.compile(".*/tableau-de-bord$"));
        assertThat(app.navLabels()).contains("Tableau de bord", "Administration");
        // A production build: no development tools in the page.
        assertThat(page.locator("vaadin-dev-tools, copilot-main")).hasCount(0);

        app.logout();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
