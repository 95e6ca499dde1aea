package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever address a user types, a page their roles do not open shows "Accès refusé" and no data. */
class CampaignViewsAccessTest extends CampaignUiTest {

    @ParameterizedTest(name = "{0} cannot open {1}")
    @CsvSource({
            "contributeur.dasipe, admin/campagnes",
            "contributeur.dasipe, rapport",
            "contributeur.dasipe, tableau-de-bord",
            "directrice.dasipe, admin/campagnes",
            "relecteur.demo, rapport",
            "relecteur.demo, admin/campagnes",
            "relecteur.demo, mes-chapitres",
            "communication, admin/campagnes",
            "communication, mes-chapitres",
            "admin, mes-chapitres"
    })
    void a_page_outside_the_users_roles_is_refused(String login, String path) {
        login(login);

        UI.getCurrent().navigate(path);

        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("campaigns-grid"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("toc"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} cannot open a campaign's page")
    @CsvSource({"contributeur.dasipe", "relecteur.demo", "communication"})
    void a_campaigns_page_is_for_administrators_only(String login) {
        login(login);

        UI.getCurrent().navigate("admin/campagnes/" + demoCampaign().getId());

        assertThat(_get(Component.class, spec -> spec.withId("access-denied"))).isNotNull();
        assertThat(_find(Component.class, spec -> spec.withId("campaign-edit"))).isEmpty();
    }
}
