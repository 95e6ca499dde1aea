package fr.recueil.e2e;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * DIRCOM imports the 2023 extract from its Word file in a real browser: upload, review, import,
 * fidelity report. Screenshots of the review and of the report go to target/e2e-screenshots/.
 */
class ReportImportJourneyTest extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");

    @Test
    void communication_imports_last_years_report_from_its_word_file() {
        login("communication", DEMO_PASSWORD);
        app.open("/import-rapport");
        page.locator("#import-year input").fill("2016");

        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#import-upload vaadin-button").first().click());
        chooser.setFiles(Paths.get("src/test/resources/fixtures/rapport-2023-extrait.docx"));

        assertThat(page.locator("#import-review")).isVisible();
        assertThat(page.locator(".recueil-import-chapter")).hasCount(11);
        app.waitForVaadin();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("import-revue.png")));
        // A chapter whose achievements have no sub-titles: its warning is on its card.
        page.locator("#import-chapter-4").scrollIntoViewIfNeeded();
        assertThat(page.locator("#import-chapter-4 .recueil-import-warnings")).containsText("sous-titres");
        page.locator("#import-chapter-4").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("import-revue-avertissement.png")));

        page.locator("#import-confirm").click();

        assertThat(page.locator("#import-fidelity-percent")).containsText("% du texte placé dans les chapitres");
        assertThat(page.locator("#import-fidelity")).containsText("11 chapitre(s) importé(s)");
        app.waitForVaadin();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("import-fidelite.png")));
    }
}
