package fr.recueil.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.ChapterLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReportOutlineViewTest extends CampaignUiTest {

    @Test
    void communication_sees_the_transversal_chapters_then_each_part_made_from_the_poles_then_the_stand_alone_directions() {
        login("communication");
        UI.getCurrent().navigate("rapport");

        List<String> parts = _find(H2.class, spec -> spec.withClasses("recueil-toc-part")).stream().map(H2::getText).toList();
        assertThat(parts).startsWith("Chapitres transversaux", "Pôle solidarités").endsWith("Directions rattachées à la direction générale");
        assertThat(parts).doesNotHaveDuplicates();
        ChapterLine dasipe = chapter("DASIPE");
        assertThat(text(entry(dasipe))).startsWith("Annexe 4—Direction de l'action sociale");
        assertThat(text(entry(chapters().getFirst()))).contains("Annexe 2").contains("Exécution budgétaire 2024")
                .contains("Rédigé par Direction des finances");
    }

    @Test
    void communication_moves_a_chapter_within_its_pole_and_the_annex_numbers_follow() {
        login("communication");
        UI.getCurrent().navigate("rapport");
        Campaign demo = demoCampaign();
        ChapterLine dasipe = chapter("DASIPE");
        ChapterLine dpej = chapter("DPEJ");
        try {
            assertThat(_get(entry(dasipe), Button.class, spec -> spec.withId("move-up-" + dasipe.entryId())).isEnabled())
                    .as("the first chapter of a pôle does not leave it").isFalse();

            _click(_get(entry(dasipe), Button.class, spec -> spec.withId("move-down-" + dasipe.entryId())));

            assertThat(text(entry(dasipe))).startsWith("Annexe 5");
            assertThat(text(entry(dpej))).startsWith("Annexe 4");
            assertThat(notifications()).contains("« " + dasipe.title() + " » est maintenant l'annexe 5.");
        } finally {
            campaigns.moveOutlineEntry(demo.getId(), dasipe.entryId(), dasipe.position());
        }
        assertThat(chapter("DASIPE").annexNumber()).isEqualTo(4);
    }

    private List<ChapterLine> chapters() {
        return campaigns.reportOverview().orElseThrow().chapters();
    }

    private ChapterLine chapter(String shortName) {
        return chapters().stream()
                .filter(c -> c.directionShortName().equals(shortName) && c.kind() == fr.recueil.campaign.OutlineEntryKind.DIRECTION)
                .findFirst().orElseThrow();
    }

    private static ListItem entry(ChapterLine chapter) {
        return _get(ListItem.class, spec -> spec.withId("toc-" + chapter.entryId()));
    }
}
