package fr.recueil.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationByRoleTest extends KaribuTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "contributeur.dasipe;Mes chapitres",
            "directrice.dasipe;Mes chapitres",
            "contributeur.multi;Mes chapitres",
            "relecteur.demo;Tableau de bord|File de relecture",
            "relectrice.demo;Tableau de bord|File de relecture",
            "communication;Tableau de bord|Rapport consolidé|Importer un rapport",
            "admin;Tableau de bord|File de relecture|Rapport consolidé|Importer un rapport|Administration|Pôles et directions|Utilisateurs|Campagnes|Journal d'audit"
    })
    void each_role_sees_only_its_own_navigation(String login, String expected) {
        login(login);
        UI.getCurrent().navigate("mon-compte");

        assertThat(navigationLabels()).containsExactly(expected.split("\\|"));
    }

    @Test
    void a_contributor_is_sent_to_their_chapters_after_login() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("mes-chapitres");
    }

    private static List<String> navigationLabels() {
        List<String> labels = new ArrayList<>();
        for (SideNavItem item : _get(SideNav.class).getItems()) {
            collect(item, labels);
        }
        return labels;
    }

    private static void collect(SideNavItem item, List<String> labels) {
        labels.add(item.getLabel());
        item.getItems().forEach(child -> collect(child, labels));
    }
}
