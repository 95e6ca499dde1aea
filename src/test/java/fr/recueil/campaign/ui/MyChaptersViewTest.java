package fr.recueil.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.recueil.base.Formats;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.Campaign;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyChaptersViewTest extends CampaignUiTest {

    @Test
    void the_dasipe_contributor_sees_annex_4_with_their_own_deadline_in_amber() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("mes-chapitres");
        Campaign demo = demoCampaign();
        String ownDeadline = Formats.date(demo.deadlineFor(direction("DASIPE").getId()), Locale.FRENCH);

        List<Div> cards = cards();
        assertThat(cards).hasSize(1);
        Div card = cards.getFirst();
        assertThat(text(card)).contains("Annexe 4")
                .contains("Direction de l'action sociale, de l'insertion et des parcours vers l'emploi")
                .contains("DASIPE · Pôle solidarités")
                .contains(ownDeadline)
                .contains("date propre à votre direction")
                .contains("Rédiger le chapitre avant le " + ownDeadline + ".");
        assertThat(card.getClassNames()).contains("recueil-urgency-warning");
        assertThat(text(_get(Div.class, spec -> spec.withId("my-chapters"))))
                .contains("Rapport d'activité 2024 · date limite de la campagne : " + Formats.date(demo.getDeadline(), Locale.FRENCH));
    }

    @Test
    void a_contributor_of_two_directions_sees_both_chapters_in_outline_order() {
        login("contributeur.multi");
        UI.getCurrent().navigate("mes-chapitres");

        List<Div> cards = cards();
        assertThat(cards).hasSize(2);
        assertThat(text(cards.get(0))).contains("Direction de l'achat public et des marchés").contains("date de la campagne");
        assertThat(text(cards.get(1))).contains("Direction des systèmes d'information");
        assertThat(cards.get(0).getClassNames()).contains("recueil-urgency-success");
    }

    @Test
    void the_director_of_a_direction_sees_its_chapter_too() {
        login("directrice.dasipe");
        UI.getCurrent().navigate("mes-chapitres");

        assertThat(cards()).hasSize(1);
        assertThat(text(cards().getFirst())).contains("Annexe 4");
    }

    @Test
    void without_an_open_campaign_the_contributor_is_told_there_is_nothing_to_write() {
        Campaign demo = demoCampaign();
        SystemActor.run(() -> campaigns.changeStatus(demo.getId(), CampaignStatus.CLOSED));
        try {
            login("contributeur.dasipe");
            UI.getCurrent().navigate("mes-chapitres");

            assertThat(cards()).isEmpty();
            assertThat(text(_get(Paragraph.class, spec -> spec.withId("no-campaign"))))
                    .startsWith("Aucune campagne n'est ouverte en ce moment");
        } finally {
            SystemActor.run(() -> campaigns.changeStatus(demo.getId(), CampaignStatus.OPEN));
        }
    }

    private static List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("recueil-chapter-card"));
    }
}
