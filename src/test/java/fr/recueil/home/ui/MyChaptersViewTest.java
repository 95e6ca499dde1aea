package fr.recueil.home.ui;

import fr.recueil.testing.WorkflowUiTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.recueil.base.Formats;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MyChaptersViewTest extends WorkflowUiTest {

    @Autowired
    private CampaignService campaigns;

    @Test
    void a_contributor_sees_each_chapter_with_its_state_and_what_to_do_next() {
        Chapter dsea = fixture.bring("DSEA", ChapterState.CHANGES_REQUESTED, "relecteur.demo", "Ajoutez les chiffres clés de 2024.");
        Chapter devp = fixture.bring("DEVP", ChapterState.SUBMITTED);
        login(fixture.contributor("DSEA", "DEVP"));
        UI.getCurrent().navigate("mes-chapitres");

        List<Div> cards = cards();
        assertThat(cards).hasSize(2);
        Div dseaCard = _get(Div.class, spec -> spec.withId("chapter-" + dsea.getId()));
        assertThat(text(dseaCard)).contains(dsea.getTitle()).contains("À reprendre")
                .contains("À reprendre : Ajoutez les chiffres clés de 2024.")
                .contains(Formats.date(fixture.campaign().getDeadline(), Locale.FRENCH))
                .contains("date de la campagne");
        assertThat(dseaCard.getClassNames()).contains("recueil-urgency-success");
        assertThat(_get(Anchor.class, spec -> spec.withId("open-" + dsea.getId())).getHref()).isEqualTo("chapitres/" + dsea.getId());
        assertThat(text(_get(Div.class, spec -> spec.withId("chapter-" + devp.getId()))))
                .contains("Soumis").contains("En attente de relecture par la DEMO.");
    }

    @Test
    void the_dasipe_contributor_sees_annex_4_its_own_deadline_in_amber_and_the_blocks_to_complete() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("mes-chapitres");
        Campaign demo = fixture.campaign();
        String ownDeadline = Formats.date(demo.deadlineFor(fixture.direction("DASIPE").getId()), Locale.FRENCH);

        assertThat(cards()).hasSize(1);
        Div card = cards().getFirst();
        assertThat(text(card)).contains("Annexe 4")
                .contains("Direction de l'action sociale, de l'insertion et des parcours vers l'emploi")
                .contains(ownDeadline)
                .contains("date propre à votre direction");
        if (card.getElement().getAttribute("data-state").equals("DRAFT")) {
            assertThat(text(card)).contains("Compléter : «\u00a0");
        }
        assertThat(card.getClassNames()).contains("recueil-urgency-warning");
        assertThat(text(_get(Div.class, spec -> spec.withId("my-chapters"))))
                .contains("Rapport d'activité 2024 · date limite de la campagne : " + Formats.date(demo.getDeadline(), Locale.FRENCH));
    }

    @Test
    void without_an_open_campaign_the_contributor_is_told_there_is_nothing_to_write() {
        long demo = fixture.campaign().getId();
        SystemActor.run(() -> campaigns.changeStatus(demo, CampaignStatus.CLOSED));
        try {
            login("contributeur.dasipe");
            UI.getCurrent().navigate("mes-chapitres");

            assertThat(cards()).isEmpty();
            assertThat(text(_get(Paragraph.class, spec -> spec.withId("no-campaign"))))
                    .startsWith("Aucune campagne n'est ouverte en ce moment");
        } finally {
            SystemActor.run(() -> campaigns.changeStatus(demo, CampaignStatus.OPEN));
        }
    }

    private static List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("recueil-chapter-card"));
    }
}
