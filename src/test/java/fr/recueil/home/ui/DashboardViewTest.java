package fr.recueil.home.ui;

import fr.recueil.testing.WorkflowUiTest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import fr.recueil.home.ChapterBoard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends WorkflowUiTest {

    @Autowired
    private CampaignService campaigns;

    @Test
    @SuppressWarnings("unchecked")
    void the_staff_sees_progress_counts_and_every_chapter_with_its_state_and_can_filter() {
        Chapter devp = fixture.bring("DEVP", ChapterState.IN_REVIEW);
        Chapter dsea = fixture.bring("DSEA", ChapterState.SUBMITTED);
        login("communication");
        UI.getCurrent().navigate("tableau-de-bord");

        assertThat(text(_get(Div.class, spec -> spec.withId("dashboard")))).contains("Rapport d'activité 2024");
        assertThat(text(_get(Div.class, spec -> spec.withId("progress-text")))).matches("\\d+ chapitres validés sur \\d+ \\(\\d+ %\\)");
        assertThat(text(_get(Div.class, spec -> spec.withId("count-IN_REVIEW")))).contains("En relecture");
        Grid<?> poles = _get(Grid.class, spec -> spec.withId("poles-grid"));
        assertThat(_getFormatted(poles, 0, "approved")).matches("\\d+ sur \\d+");

        Grid<ChapterBoard.Row> grid = _get(Grid.class, spec -> spec.withId("chapters-grid"));
        ChapterBoard.Row devpRow = rows(grid).stream().filter(r -> r.id() == devp.getId()).findFirst().orElseThrow();
        int index = rows(grid).indexOf(devpRow);
        assertThat(_getFormatted(grid, index, "assignee")).isEqualTo("Sophie Leroy");
        assertThat(_getFormatted(grid, index, "days")).isEqualTo("Aujourd'hui");
        assertThat(_getFormatted(grid, index, "title")).isEqualTo(devp.getTitle());

        Select<ChapterState> state = _get(Select.class, spec -> spec.withId("filter-state"));
        state.setValue(ChapterState.SUBMITTED);
        assertThat(rows(grid)).isNotEmpty().allMatch(r -> r.state() == ChapterState.SUBMITTED)
                .anyMatch(r -> r.id() == dsea.getId());
        state.clear();
        _get(Checkbox.class, spec -> spec.withId("filter-overdue")).setValue(true);
        assertThat(rows(grid)).allMatch(ChapterBoard.Row::overdue);
    }

    @Test
    void without_an_open_campaign_the_dashboard_says_so_and_sends_the_administrator_to_the_campaigns() {
        long demo = SystemActor.call(() -> campaigns.currentCampaign().orElseThrow().getId());
        SystemActor.run(() -> campaigns.changeStatus(demo, CampaignStatus.CLOSED));
        try {
            login("admin");
            UI.getCurrent().navigate("tableau-de-bord");
            assertThat(text(_get(Component.class, spec -> spec.withId("no-campaign"))))
                    .startsWith("Aucune campagne n'est ouverte en ce moment");
            assertThat(_get(Anchor.class, spec -> spec.withId("manage-campaigns")).getHref()).isEqualTo("admin/campagnes");

            login("relecteur.demo");
            UI.getCurrent().navigate("tableau-de-bord");
            assertThat(_find(Anchor.class, spec -> spec.withId("manage-campaigns"))).isEmpty();
        } finally {
            SystemActor.run(() -> campaigns.changeStatus(demo, CampaignStatus.OPEN));
        }
    }
}
