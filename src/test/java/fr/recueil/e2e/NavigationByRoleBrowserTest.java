package fr.recueil.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationByRoleBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} lands on /{1} and sees {2}")
    @CsvSource(delimiter = ';', value = {
            "contributeur.dasipe;mes-chapitres;Mes chapitres",
            "directrice.dasipe;mes-chapitres;Mes chapitres",
            "contributeur.multi;mes-chapitres;Mes chapitres",
            "relecteur.demo;tableau-de-bord;Tableau de bord|File de relecture",
            "relectrice.demo;tableau-de-bord;Tableau de bord|File de relecture",
            "communication;tableau-de-bord;Tableau de bord|Rapport consolidé|Importer un rapport",
            "admin;tableau-de-bord;Tableau de bord|File de relecture|Rapport consolidé|Importer un rapport|Administration|Pôles et directions|Utilisateurs|Campagnes|Journal d'audit"
    })
    void each_demo_role_logs_in_and_sees_exactly_its_own_navigation(String user, String home, String labels) {
        login(user, DEMO_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/" + home + "$"));
        assertThat(navLabels()).containsExactly(labels.split("\\|"));
    }
}
