package fr.recueil.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The communication team's report, as they use it: the consolidated report, its preview, a PDF
 * and a Word draft exported in the background, and the files downloaded again from the archive.
 * Screenshots of each step in target/e2e-screenshots/export-*.png.
 */
class ReportExportJourneyTest extends BrowserTest {

    private static final Path SHOTS = Paths.get("target", "e2e-screenshots");
    /** Rendering a whole report on a loaded 2-core machine can take a while. */
    private static final double EXPORT_TIMEOUT_MS = 90_000;

    @Test
    void communication_previews_exports_a_pdf_and_a_word_draft_and_downloads_them_from_the_archive() throws IOException {
        // 1. The consolidated report, from the navigation.
        login("communication", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item:has-text('Rapport consolidé')").first().click();
        app.waitForVaadin();
        assertThat(page.locator("#toc")).isVisible();

        // 2. Its preview, from the report's tabs.
        page.locator("#report-tab-preview").click();
        app.waitForVaadin();
        assertThat(page.locator("#preview-document")).containsText("Rapport d\u2019activité 2024");
        shot("export-1-apercu");

        // 3. The exports page, from the report's tabs.
        page.locator("#report-tab-exports").click();
        app.waitForVaadin();
        assertThat(page.locator("#readiness-count")).containsText("validé");
        assertThat(page.locator("vaadin-button#export-final")).isDisabled();
        shot("export-2-page");

        // 4. A PDF draft, then a Word draft, each running in the background with its progress.
        exportDraft("PDF", ".pdf");
        shot("export-3-pdf-exporte");
        exportDraft("Word (DOCX)", ".docx");

        // 5. The archive lists both; their contents are one click away.
        assertThat(page.locator("#exports-grid a.recueil-export-download")).hasCount(2);
        assertThat(page.locator("#exports-grid a.recueil-export-download[data-file-name*='-projet-'][data-file-name$='.docx']"))
                .hasCount(1);
        page.locator("#exports-grid vaadin-button[id^=manifest-]").first().click();
        assertThat(page.locator("#manifest-grid")).isVisible();
        shot("export-4-contenu");
        page.locator("vaadin-button#manifest-close").click();
        assertThat(page.locator("#manifest-grid")).isHidden();
        shot("export-5-archive");

        // 6. Downloaded again from the archive: a real PDF and a real Word document.
        byte[] pdf = download(page.locator("#exports-grid a.recueil-export-download[data-file-name$='.pdf']"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] docx = download(page.locator("#exports-grid a.recueil-export-download[data-file-name$='.docx']"));
        assertThat(zipEntries(docx)).contains("word/document.xml", "[Content_Types].xml");
    }

    private void exportDraft(String formatLabel, String extension) {
        page.locator("#export-format vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(formatLabel)).click();
        page.locator("vaadin-button#export-draft").click();
        app.waitForVaadin();
        Locator done = page.locator("a#export-done-download[data-file-name$='" + extension + "']");
        done.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(EXPORT_TIMEOUT_MS));
        assertThat(page.locator("#export-progress-step")).containsText("Terminé");
        assertThat(page.locator("vaadin-button#export-draft")).isEnabled();
    }

    private byte[] download(Locator link) throws IOException {
        Download download = page.waitForDownload(link::click);
        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).isEqualTo(link.getAttribute("data-file-name"));
        return Files.readAllBytes(download.path());
    }

    private static List<String> zipEntries(byte[] data) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(data); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
