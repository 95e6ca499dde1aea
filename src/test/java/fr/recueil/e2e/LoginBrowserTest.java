package fr.recueil.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTest extends BrowserTest {

    private static final Pattern LOGIN_ERROR = Pattern.compile(".*/login\\?error$");
    private static final String WRONG_PASSWORD_TITLE = "Identifiant ou mot de passe incorrect";

    @Test
    void a_wrong_password_gives_the_french_error() {
        login("relecteur.demo", "pas-le-bon-mot-de-passe");

        assertThat(page).hasURL(LOGIN_ERROR);
        assertThat(page.locator("vaadin-login-form")).hasAttribute("error", "");
        assertThat(page.getByText(WRONG_PASSWORD_TITLE)).isVisible();
        assertThat(page.locator("#login-locked")).not().isVisible();
    }

    @Test
    @org.junit.jupiter.api.Disabled("Issue 17, open: in the browser the lock (or delay) message does not show after 5 failures,"
            + " although LoginThrottleTest and ReportEndpointTest show the throttle counting and refusing; to investigate")
    void five_wrong_passwords_from_the_users_usual_address_lock_the_account_which_opens_again_after_the_configured_duration() {
        String user = "contributeur.multi";
        // A hard lock only ever comes from the account's usual address (elsewhere, attempts are delayed).
        login(user, DEMO_PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        app.logout();
        for (int failure = 1; failure < LOCKOUT_MAX_FAILURES; failure++) {
            login(user, "mauvais-" + failure);
            assertThat(page.getByText(WRONG_PASSWORD_TITLE)).isVisible();
        }

        Instant lockStartsAtTheEarliest = Instant.now();
        login(user, "mauvais-" + LOCKOUT_MAX_FAILURES);
        // The lock started at the latest now: it ends at the latest one duration from now.
        Instant lockEndsAtTheLatest = Instant.now().plus(LOCKOUT_DURATION);
        assertThat(page.locator("#login-locked"))
                .hasText(Pattern.compile("^Compte verrouillé après " + LOCKOUT_MAX_FAILURES + " tentatives"));

        login(user, DEMO_PASSWORD);
        boolean surelyLocked = Instant.now().isBefore(lockStartsAtTheEarliest.plus(LOCKOUT_DURATION));
        assertThat(app.path()).as(surelyLocked ? "the right password while locked must be refused"
                : "this machine took longer than the lock (" + LOCKOUT_DURATION + ") to log in twice: raise "
                  + "BrowserTest.LOCKOUT_SECONDS").isEqualTo("/login");
        assertThat(page).hasURL(LOGIN_ERROR);
        assertThat(page.locator("#login-locked")).containsText("Compte verrouillé");

        // Waits for the configured lock duration (seconds, set for the tests), not for the page.
        sleepUntil(lockEndsAtTheLatest.plusMillis(500));
        login(user, DEMO_PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void logging_out_returns_to_the_login_page() {
        login("directrice.dasipe", DEMO_PASSWORD);
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        app.open("/mon-compte");
        assertThat(page.locator("#user-menu")).isVisible();

        app.logout();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.getByText("Vous êtes déconnecté.")).isVisible();
        // The session is over: a page that needs a login sends back to the login form.
        app.open("/mon-compte");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#user-menu")).not().isAttached();
    }

    private static void sleepUntil(Instant instant) {
        Duration left = Duration.between(Instant.now(), instant);
        if (!left.isNegative()) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
