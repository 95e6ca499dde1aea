package fr.recueil.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.recueil.chapter.ChapterService;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contributor's journey in a real Chromium: they open their chapter, switch to the Markdown editor, write the
 * missions (with the toolbar), add a group of key figures and a figure, add an achievement with an image, save, reload
 * the page and find everything. Screenshots go to target/e2e-screenshots/.
 */
@Tag("e2e")
// Vaadin's development tools would lie over the page's top right corner, where "Enregistrer" is.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class ChapterEditorJourneyTest {

    private static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu"))
                .setHeadless(true));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newBrowserContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000).setLocale("fr-FR"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    @Test
    void a_contributor_fills_in_the_chapter_saves_reloads_and_finds_everything() throws IOException {
        long dsi = actors.as("contributeur.multi", () -> chapters.myChapters().stream()
                .filter(c -> c.directionName().contains("systèmes d'information")).findFirst().orElseThrow().id());
        Path png = Files.createTempFile("poste-de-travail", ".png");
        Files.write(png, png());

        logIn("contributeur.multi");
        page.navigate(url("/chapitres/" + dsi));
        page.locator("vaadin-button#save").waitFor();
        assertThat(page.locator("h1")).hasText("Direction des systèmes d'information");
        shot("01-editeur-vide");

        // The missions in the Markdown editor (the switch is remembered for the session), then "Gras" on a
        // selected word: the live preview shows it in bold.
        page.locator(".recueil-block[data-block-type=RICH_TEXT] vaadin-checkbox.recueil-rich-switch").first().click();
        Locator missions = page.locator(".recueil-block[data-block-type=RICH_TEXT] textarea").first();
        missions.fill("La DSI modernise le poste de travail des agents.\n\n- 3 000 postes renouvelés\n- 120 applications");
        missions.evaluate("t => { const i = t.value.indexOf('modernise'); t.focus(); t.setSelectionRange(i, i + 9); }");
        page.locator(".recueil-block[data-block-type=RICH_TEXT] vaadin-button[aria-label='Gras']").first().click();
        assertThat(missions).hasValue("La DSI **modernise** le poste de travail des agents.\n\n- 3 000 postes renouvelés\n- 120 applications");
        assertThat(page.locator(".recueil-block[data-block-type=RICH_TEXT] .recueil-markdown-preview strong").first())
                .hasText("modernise");
        assertThat(page.locator("#save-status")).containsText("Modifications non enregistrées");
        assertThat((Boolean) page.evaluate("window.recueilEditorDirty")).isTrue();

        // A group of key figures with a figure, its variation computed against last year.
        Locator figures = page.locator(".recueil-block[data-block-type=KEY_FIGURES]");
        figures.locator("vaadin-button.recueil-add-group").click();
        Locator group = figures.locator(".recueil-figure-group").nth(1);
        group.locator(".recueil-figure-group-heading input").fill("Le poste de travail");
        group.locator("vaadin-button.recueil-add-figure").click();
        group.locator(".recueil-figure-value input").fill("3 270");
        group.locator(".recueil-figure-label input").fill("postes de travail renouvelés");
        group.locator(".recueil-figure-previous input").fill("3 000");
        assertThat(group.locator(".recueil-variation")).hasText("+9\u202F% par rapport à 2023");

        // An achievement with an image.
        Locator achievements = page.locator(".recueil-block[data-block-type=ACHIEVEMENTS]");
        achievements.locator("vaadin-button.recueil-add-achievement").click();
        Locator item = achievements.locator(".recueil-achievement").first();
        item.locator(".recueil-achievement-title input").fill("Le nouveau poste de travail");
        item.locator("textarea").fill("Depuis mars, **2 500 agents** travaillent sur un ordinateur portable.");
        item.locator("vaadin-upload input[type=file]").setInputFiles(png);
        item.locator("img.recueil-image-preview").waitFor();
        item.locator(".recueil-image-texts vaadin-text-field").nth(0).locator("input").fill("Déploiement à Créteil, avril 2024");
        item.locator(".recueil-image-texts vaadin-text-field").nth(1).locator("input").fill("Un technicien remet un ordinateur portable à une agente");
        shot("02-editeur-rempli");

        page.locator("vaadin-button#save").click();
        assertThat(page.locator("#save-status")).containsText("Enregistré à");
        assertThat((Boolean) page.evaluate("window.recueilEditorDirty")).isFalse();
        shot("03-enregistre");

        page.reload();
        page.locator("vaadin-button#save").waitFor();
        assertThat(page.locator(".recueil-block[data-block-type=RICH_TEXT] textarea").first())
                .hasValue("La DSI **modernise** le poste de travail des agents.\n\n- 3 000 postes renouvelés\n- 120 applications");
        Locator reloadedGroup = page.locator(".recueil-block[data-block-type=KEY_FIGURES] .recueil-figure-group").nth(1);
        assertThat(reloadedGroup.locator(".recueil-figure-group-heading input")).hasValue("Le poste de travail");
        assertThat(reloadedGroup.locator(".recueil-figure-value input")).hasValue("3 270");
        assertThat(reloadedGroup.locator(".recueil-figure-label input")).hasValue("postes de travail renouvelés");
        assertThat(reloadedGroup.locator(".recueil-variation")).hasText("+9\u202F% par rapport à 2023");
        Locator reloadedItem = page.locator(".recueil-block[data-block-type=ACHIEVEMENTS] .recueil-achievement").first();
        assertThat(reloadedItem.locator(".recueil-achievement-title input")).hasValue("Le nouveau poste de travail");
        Locator image = reloadedItem.locator("img.recueil-image-preview");
        image.waitFor();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        assertThat(image).hasAttribute("alt", "Un technicien remet un ordinateur portable à une agente");
        assertThat(page.locator("#completeness")).containsText("Tous les blocs obligatoires sont remplis");
        shot("04-apres-rechargement");

        page.locator("vaadin-button#preview").click();
        Locator preview = page.locator(".recueil-report");
        preview.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(preview.locator(".recueil-report-figure-value").first()).hasText("3\u202F270");
        assertThat(preview.locator(".recueil-report-achievement h3")).hasText("Le nouveau poste de travail");
        shot("05-apercu");
    }

    private void logIn(String login) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill("recueil-demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The page scrolls inside Vaadin's layout, not the window: a tall window shows the whole chapter. */
    private void shot(String name) {
        page.setViewportSize(1400, 3200);
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("editeur-" + name + ".png")));
        page.setViewportSize(1400, 1000);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(31, 78, 121), 480, 270, new Color(120, 170, 210)));
        g.fillRect(0, 0, 480, 270);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
