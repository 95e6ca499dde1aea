package fr.recueil.e2e;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A person of the demo directory logs in with their directory login, as any agent of the authority would. */
class DirectoryLoginJourneyTest extends BrowserTest {

    @Test
    void camille_martin_logs_in_with_the_directory_and_finds_the_chapter_of_her_direction() {
        app.open("/login");
        assertThat(page.locator("#login-hint")).containsText("annuaire de la collectivité");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target/e2e-screenshots/directory-login-page.png")));

        login("camille.martin", DEMO_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/mes-chapitres$"));
        assertThat(page.locator("#user-menu")).containsText("Camille Martin");
        assertThat(page.locator("#my-chapters")).containsText("Direction de l'action sociale, de l'insertion et des parcours vers l'emploi");

        app.open("/mon-compte");
        assertThat(page.locator("#directory-password")).containsText("annuaire de la collectivité");
        assertThat(page.locator("#change-password")).not().isVisible();

        app.logout();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    }

    @Test
    void a_wrong_directory_password_gets_the_same_error_as_any_wrong_password() {
        login("helene.dubois", "pas-le-bon-mot-de-passe");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Identifiant ou mot de passe incorrect")).isVisible();
    }
}
