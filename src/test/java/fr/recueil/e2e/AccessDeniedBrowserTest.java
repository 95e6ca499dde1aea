package fr.recueil.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class AccessDeniedBrowserTest extends BrowserTest {

    /** What the users' administration would show: other users' logins and e-mail addresses. */
    private static final List<String> OTHER_USERS_DATA = List.of("directrice.dasipe", "contributeur.multi",
            "relecteur.demo", "relectrice.demo", "directrice-dasipe@", "relecteur-demo@", "@departement.example");

    @Test
    void a_contributor_typing_the_users_administration_address_is_refused() {
        login("contributeur.dasipe", DEMO_PASSWORD);

        app.open("/admin/utilisateurs");

        assertThat(page.locator("#access-denied")).isVisible();
        assertThat(page.locator("#access-denied h1")).hasText("Accès refusé");
        assertThat(page.locator("#main-navigation")).not().containsText("Utilisateurs");
        String html = page.content();
        String text = page.locator("body").innerText();
        assertThat(OTHER_USERS_DATA).allSatisfy(data -> {
            assertThat(html).doesNotContain(data);
            assertThat(text).doesNotContain(data);
        });
    }
}
