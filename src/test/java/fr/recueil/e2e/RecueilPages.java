package fr.recueil.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.net.URI;
import java.util.List;

/**
 * What a person does with Recueil in a browser, shared by the end-to-end tests and the deployment
 * smoke test. Vaadin renders with JavaScript: every step waits for what it needs, never for a fixed time.
 */
final class RecueilPages {

    /** True once Vaadin has started in the page and no server round trip is under way. */
    private static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
            }""";

    /** The side navigation's labels, top to bottom, sub-items after their parent. */
    private static final String NAV_LABELS = """
            nav => Array.from(nav.querySelectorAll('vaadin-side-nav-item')).map(item =>
              Array.from(item.childNodes)
                .filter(n => n.nodeType === Node.TEXT_NODE
                          || (n.nodeType === Node.ELEMENT_NODE && !n.hasAttribute('slot')))
                .map(n => n.textContent).join('').trim())""";

    private final Page page;
    private final String baseUrl;

    RecueilPages(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Opens a page of the application, e.g. {@code "/mon-compte"}, and waits until Vaadin has rendered it. */
    void open(String path) {
        try {
            page.navigate(baseUrl + path);
        } catch (PlaywrightException e) {
            // e.g. an error status with no page at all: Chromium shows its own error page.
            throw new AssertionError("Could not open " + path + ": " + e.getMessage().strip().lines()
                    .filter(line -> line.contains("net::") || line.contains("message=")).findFirst()
                    .orElse(e.getMessage()), e);
        }
        waitForVaadin();
    }

    /**
     * Fills the login form and submits it; returns once the page the server answered with has been
     * rendered (the user's home page, or the login page again with {@code ?error}).
     */
    void login(String user, String password) {
        open("/login");
        Locator form = page.locator("vaadin-login-form");
        form.locator("input[name=username]").fill(user);
        form.locator("input[name=password]").fill(password);
        page.waitForNavigation(() -> form.locator("vaadin-button[slot=submit]").click());
        waitForVaadin();
    }

    /** Logs out through the user menu, as a person would. */
    void logout() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.waitForNavigation(() -> page.locator("vaadin-menu-bar-item#logout").click());
        waitForVaadin();
    }

    /** The labels of the side navigation, once it is on the page. */
    @SuppressWarnings("unchecked")
    List<String> navLabels() {
        Locator nav = page.locator("vaadin-side-nav#main-navigation");
        try {
            nav.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        } catch (TimeoutError e) {
            throw new AssertionError("No side navigation (#main-navigation) on " + page.url()
                    + " (page title: \"" + page.title() + "\")", e);
        }
        waitForVaadin();
        return (List<String>) nav.evaluate(NAV_LABELS);
    }

    /** The path of the page shown, e.g. {@code "/tableau-de-bord"}. */
    String path() {
        return URI.create(page.url()).getPath();
    }

    String url(String path) {
        return baseUrl + path;
    }

    void waitForVaadin() {
        page.waitForFunction(VAADIN_IDLE);
    }
}
