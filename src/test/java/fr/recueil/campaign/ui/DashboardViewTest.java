package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import fr.recueil.base.Formats;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignStatus;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends CampaignUiTest {

    @Test
    void a_reviewer_sees_the_open_campaign_its_poles_and_the_directions_due_soon() {
        login("relecteur.demo");
        UI.getCurrent().navigate("tableau-de-bord");
        Campaign demo = demoCampaign();

        assertThat(text(_get(Div.class, spec -> spec.withId("dashboard")))).contains("Rapport d'activité 2024");
        assertThat(text(fact("fact-status"))).contains("Ouverte");
        assertThat(text(fact("fact-deadline"))).contains(Formats.date(demo.getDeadline(), Locale.FRENCH));
        assertThat(text(fact("fact-chapters"))).contains(String.valueOf(demo.getOutline().size()));

        Grid<?> poles = _get(Grid.class, spec -> spec.withId("poles-grid"));
        assertThat(_getFormatted(poles, 0, "pole")).isEqualTo("Chapitres transversaux");
        assertThat(_getFormatted(poles, 0, "chapters")).isEqualTo("2");
        int solidarity = IntStream.range(0, _size(poles))
                .filter(i -> _getFormatted(poles, i, "pole").equals("Pôle solidarités")).findFirst().orElseThrow();
        String dasipeDeadline = Formats.date(demo.deadlineFor(direction("DASIPE").getId()), Locale.FRENCH);
        assertThat(_getFormatted(poles, solidarity, "chapters")).isEqualTo("5");
        assertThat(_getFormatted(poles, solidarity, "earlier")).isEqualTo("DASIPE (" + dasipeDeadline + ")");
        assertThat(_getFormatted(poles, _size(poles) - 1, "pole")).isEqualTo("Hors pôle");

        Div dasipe = _get(Div.class, spec -> spec.withId("urgent-" + direction("DASIPE").getId()));
        assertThat(dasipe.getClassNames()).contains("recueil-urgency-warning");
        assertThat(text(dasipe)).contains("DASIPE").contains(dasipeDeadline);
    }

    @Test
    void without_an_open_campaign_the_dashboard_says_so_and_sends_the_administrator_to_the_campaigns() {
        Campaign demo = demoCampaign();
        SystemActor.run(() -> campaigns.changeStatus(demo.getId(), CampaignStatus.CLOSED));
        try {
            login("admin");
            UI.getCurrent().navigate("tableau-de-bord");
            assertThat(text(_get(Component.class, spec -> spec.withId("no-campaign"))))
                    .startsWith("Aucune campagne n'est ouverte en ce moment");
            assertThat(_get(RouterLink.class, spec -> spec.withId("manage-campaigns")).getHref()).isEqualTo("admin/campagnes");

            login("relecteur.demo");
            UI.getCurrent().navigate("tableau-de-bord");
            assertThat(_find(RouterLink.class, spec -> spec.withId("manage-campaigns"))).isEmpty();
        } finally {
            SystemActor.run(() -> campaigns.changeStatus(demo.getId(), CampaignStatus.OPEN));
        }
    }

    private static Component fact(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }
}
