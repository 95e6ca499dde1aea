package fr.recueil.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The review, as the people do it: the contributor submits, the reviewer asks for changes with a
 * reason and a comment, the contributor reads the comment beside the block, edits and resubmits,
 * the reviewer sees the difference and approves, the dashboard shows the chapter approved.
 * Screenshots of each step in target/e2e-screenshots/revue-*.png.
 */
class ReviewJourneyBrowserTest extends BrowserTest {

    private static final Path SHOTS = Paths.get("target", "e2e-screenshots");

    @Test
    void a_chapter_goes_from_submission_through_changes_to_approval() {
        // 1. The contributor starts from last year's chapter and submits it.
        login("contributeur.dasipe", DEMO_PASSWORD);
        page.locator("a:has-text('Ouvrir')").first().click();
        page.locator("vaadin-button#prefill").waitFor();
        String chapterPath = app.path();
        page.locator("vaadin-button#prefill").click();
        app.waitForVaadin();
        // Last year's values became N-1 values: this year's must be typed before DEMO can have it.
        Locator values = page.locator("vaadin-text-field.recueil-figure-value input");
        for (int i = 0; i < values.count(); i++) {
            Locator value = values.nth(i);
            if (value.isVisible() && value.inputValue().isBlank()) {
                value.fill("1 000");
                value.press("Tab");
            }
        }
        page.locator("vaadin-button#save").click();
        assertThat(page.locator("#save-status")).containsText("Enregistré");
        Locator submit = page.locator("vaadin-button#action-submit");
        assertThat(submit).isEnabled();
        submit.click();
        app.waitForVaadin();
        assertThat(page.locator("#chapter-state")).hasText("Soumis");
        shot("revue-1-soumis");
        long chapterId = Long.parseLong(chapterPath.replaceAll("\\D+", ""));

        // 2. The reviewer takes it, comments the missions and asks for changes with a reason.
        app.logout();
        login("relecteur.demo", DEMO_PASSWORD);
        app.open("/relecture/" + chapterId);
        page.locator("vaadin-button#action-start-review").click();
        app.waitForVaadin();
        Locator newComment = page.locator(".recueil-comment-new").first();
        newComment.locator("textarea").fill("Ajoutez le nombre d'EDS ouverts le samedi.");
        newComment.locator("vaadin-button.recueil-comment-add").click();
        app.waitForVaadin();
        assertThat(page.locator(".recueil-comment-body").first()).containsText("Ajoutez le nombre d'EDS");
        page.locator("vaadin-button#action-request-changes").click();
        page.locator("#reason-text textarea").fill("Complétez les missions avec l'accueil du samedi.");
        page.locator("vaadin-button#reason-confirm").click();
        app.waitForVaadin();
        assertThat(page.locator("#review-state")).hasText("À reprendre");
        shot("revue-2-modifications-demandees");

        // 3. The contributor reads the comment beside the block, edits and resubmits.
        app.logout();
        login("contributeur.dasipe", DEMO_PASSWORD);
        app.open(chapterPath);
        Locator thread = page.locator("vaadin-details.recueil-editor-comments").first();
        assertThat(thread).containsText("Ajoutez le nombre d'EDS ouverts le samedi.");
        page.locator(".recueil-block[data-block-type=RICH_TEXT] vaadin-checkbox.recueil-rich-switch").first().click();
        app.waitForVaadin();
        Locator missions = page.locator(".recueil-block[data-block-type=RICH_TEXT] textarea").first();
        missions.fill(missions.inputValue() + "\n\nDepuis 2024, 6 EDS accueillent aussi le public le samedi.");
        page.locator("vaadin-button#save").click();
        assertThat(page.locator("#save-status")).containsText("Enregistré");
        shot("revue-3-corrige");
        page.locator("vaadin-button#action-submit").click();
        app.waitForVaadin();
        assertThat(page.locator("#chapter-state")).hasText("Soumis");

        // 4. The reviewer sees what changed since their last reading and approves.
        app.logout();
        login("relecteur.demo", DEMO_PASSWORD);
        app.open("/relecture/" + chapterId);
        assertThat(page.locator("#diff-content .recueil-ins").first()).containsText("samedi");
        shot("revue-4-differences");
        page.locator("vaadin-button#action-approve").click();
        app.waitForVaadin();
        assertThat(page.locator("#review-state")).hasText("Validé");

        // 5. The dashboard shows it approved.
        app.open("/tableau-de-bord");
        assertThat(page.locator("vaadin-grid#chapters-grid")).containsText(Pattern.compile("Validé"));
        shot("revue-5-tableau-de-bord");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
