package fr.recueil.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here: the machine's
 * own Chromium is used ({@code /usr/bin/chromium}, or the system property {@code recueil.e2e.chromium}).
 */
final class Chromium {

    static final String EXECUTABLE = System.getProperty("recueil.e2e.chromium", "/usr/bin/chromium");
    /** How long a page element or an expected page may take to appear (a loaded 2-core machine is slow). */
    static final double TIMEOUT_MS = 20_000;

    private Chromium() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(Path.of(EXECUTABLE))) {
            throw new IllegalStateException("No Chromium at " + EXECUTABLE
                    + ": install Debian's package (apt-get install -y chromium) or set -Drecueil.e2e.chromium=PATH");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(EXECUTABLE))
                .setHeadless(true)
                // As root Chromium needs --no-sandbox; the others keep it off this machine's closed network.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh, cookie-less browser context: every test starts logged out. French, as Recueil's users are. */
    static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        return context;
    }
}
