package fr.recueil.e2e;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-depot.png")));

        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#import-upload vaadin-button").first().click());
        chooser.setFiles(Paths.get("src/test/resources/fixtures/rapport-2023-extrait.docx"));

        assertThat(page.locator("#import-review")).isVisible();
        assertThat(page.locator(".recueil-import-chapter")).hasCount(11);
        assertThat(page.locator("#import-summary")).containsText("11 chapitre(s) trouvé(s) : 11 associé(s)");
        app.waitForVaadin();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-revue-resume.png")));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("import-revue.png")));
        // The summary's link takes the user to a chapter that needs a look.
        page.locator("#import-jump-4").click();
        org.assertj.core.api.Assertions.assertThat(top("#import-chapter-4")).isBetween(-5.0, 900.0);
        // A chapter whose achievements have no sub-titles: its warning is on its card.
        page.locator("#import-chapter-4").scrollIntoViewIfNeeded();
        assertThat(page.locator("#import-chapter-4 .recueil-import-warnings")).containsText("sous-titres");
        page.locator("#import-chapter-4").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("import-revue-avertissement.png")));

        page.locator("#import-confirm").click();

        assertThat(page.locator("#import-fidelity-percent")).containsText("% du texte des chapitres placé");
        assertThat(page.locator("#import-fidelity")).containsText("11 chapitre(s) importé(s)");
        app.waitForVaadin();
        // The result is shown at the top, not the end of the list the page was scrolled to.
        org.assertj.core.api.Assertions.assertThat(top("#import-fidelity")).isBetween(-5.0, 400.0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-fidelite-haut.png")));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("import-fidelite.png")));
    }

    /** Where an element's top is in the window, in CSS pixels. */
    private double top(String selector) {
        page.waitForTimeout(500);
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().top", selector)).doubleValue();
    }

    @Test
    void a_200_megabyte_file_is_refused_at_upload_with_the_limit_stated() throws Exception {
        Path huge = Files.createTempFile("rapport-enorme", ".docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        try {
            login("admin", DEMO_PASSWORD);
            app.open("/import-rapport");
            FileChooser chooser = page.waitForFileChooser(() -> page.locator("#import-upload vaadin-button").first().click());
            chooser.setFiles(huge);

            assertThat(page.locator("#import-refusal")).containsText("a été refusé : il dépasse la limite de 50 Mo");
            assertThat(page.locator("#import-review")).hasCount(0);
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    @Test
    void a_document_of_several_megabytes_goes_through_the_upload() throws Exception {
        Path large = Files.createTempFile("rapport-illustre", ".docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(large)) {
            document.createParagraph().createRun().setText("Direction des finances");
            document.getParagraphs().getFirst().setStyle("Heading1");
            document.createParagraph().createRun().setText("Un texte.");
            // Noise does not compress: a 4 MB picture makes a 4 MB document.
            BufferedImage noise = new BufferedImage(1200, 1200, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(7);
            for (int x = 0; x < 1200; x++) {
                for (int y = 0; y < 1200; y++) {
                    noise.setRGB(x, y, random.nextInt());
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(noise, "png", png);
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
                    org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "bruit.png", Units.toEMU(200), Units.toEMU(200));
            document.write(out);
        }
        try {
            org.assertj.core.api.Assertions.assertThat(Files.size(large)).isGreaterThan(3L * 1024 * 1024);
            login("communication", DEMO_PASSWORD);
            app.open("/import-rapport");
            FileChooser chooser = page.waitForFileChooser(() -> page.locator("#import-upload vaadin-button").first().click());
            chooser.setFiles(large);

            assertThat(page.locator("#import-review")).isVisible();
            assertThat(page.locator("#import-chapter-0")).containsText("Images : 1");
        } finally {
            Files.deleteIfExists(large);
        }
    }
}
