package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.ui.FrenchDatePicker;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.ChapterLine;
import fr.recueil.campaign.DirectionDeadline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignEditViewTest extends CampaignUiTest {

    private Campaign campaign;
    @org.springframework.beans.factory.annotation.Autowired
    private fr.recueil.chapter.ChapterService chapters;
    @org.springframework.beans.factory.annotation.Autowired
    private fr.recueil.testing.ApprovedReports reports;

    @BeforeEach
    void aCampaignInPreparation() {
        login("admin");
        campaign = campaigns.create(2034, "Rapport d'activité 2034", LocalDate.of(2035, 3, 31), false);
    }

    private void openPage() {
        UI.getCurrent().navigate("admin/campagnes/" + campaign.getId());
    }

    @Test
    void moving_a_chapter_down_renumbers_the_annexes() {
        openPage();
        Grid<ChapterLine> outline = outlineGrid();
        int row = rowOf(outline, c -> c.directionShortName().equals("DASIPE"));
        ChapterLine dasipe = _get(outline, row);
        ChapterLine next = _get(outline, row + 1);
        assertThat(_getFormatted(outline, row, "annex")).isEqualTo("Annexe 3");

        _click(button(_getCellComponent(outline, row, "move"), "move-down-" + dasipe.entryId()));

        assertThat(_getFormatted(outline, row, "annex")).isEqualTo("Annexe 3");
        assertThat(_get(outline, row).entryId()).isEqualTo(next.entryId());
        assertThat(_get(outline, row + 1).entryId()).isEqualTo(dasipe.entryId());
        assertThat(_getFormatted(outline, row + 1, "annex")).isEqualTo("Annexe 4");
        assertThat(campaigns.overview(campaign.getId()).chapters().get(row + 1).entryId()).isEqualTo(dasipe.entryId());
        assertThat(notifications()).contains("« " + dasipe.title() + " » est maintenant l'annexe 4.");
    }

    @Test
    void a_chapter_cannot_be_moved_out_of_its_part() {
        openPage();
        Grid<ChapterLine> outline = outlineGrid();
        int firstOfPole = rowOf(outline, c -> c.directionShortName().equals("DASIPE"));
        ChapterLine first = _get(outline, 0);
        ChapterLine dasipe = _get(outline, firstOfPole);

        assertThat(button(_getCellComponent(outline, 0, "move"), "move-up-" + first.entryId()).isEnabled()).isFalse();
        assertThat(button(_getCellComponent(outline, firstOfPole, "move"), "move-up-" + dasipe.entryId()).isEnabled()).isFalse();
        assertThat(button(_getCellComponent(outline, firstOfPole, "move"), "move-down-" + dasipe.entryId()).isEnabled()).isTrue();
    }

    @Test
    void a_direction_gets_its_own_deadline_and_goes_back_to_the_campaigns() {
        openPage();
        Grid<DirectionDeadline> grid = deadlinesGrid();
        long dasipe = direction("DASIPE").getId();
        int row = rowOf(grid, d -> d.directionId() == dasipe);
        FrenchDatePicker picker = (FrenchDatePicker) _get(_getCellComponent(grid, row, "own"), FrenchDatePicker.class, spec -> {});

        _setValue(picker, LocalDate.of(2035, 2, 15));

        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().deadlineFor(dasipe)).isEqualTo(LocalDate.of(2035, 2, 15));
        assertThat(text(_getCellComponent(grid, row, "deadline"))).contains("15 février 2035").contains("date propre");
        assertThat(notifications()).contains("Date limite de DASIPE : 15 février 2035.");

        _click(button(_getCellComponent(grid, row, "own"), "reset-deadline-" + dasipe));

        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getDeadlineOverrides()).doesNotContainKey(dasipe);
        assertThat(text(_getCellComponent(grid, row, "deadline"))).contains("31 mars 2035").contains("date de la campagne");
    }

    @Test
    void an_own_deadline_before_the_year_is_refused_and_stays_typed_with_the_reason() {
        openPage();
        Grid<DirectionDeadline> grid = deadlinesGrid();
        long dasipe = direction("DASIPE").getId();
        int row = rowOf(grid, d -> d.directionId() == dasipe);
        FrenchDatePicker picker = (FrenchDatePicker) _get(_getCellComponent(grid, row, "own"), FrenchDatePicker.class, spec -> {});

        _setValue(picker, LocalDate.of(2033, 12, 1));

        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("La date limite ne peut pas précéder l'année de la campagne (2034).");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2033, 12, 1));
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getDeadlineOverrides()).isEmpty();
    }

    @Test
    void saving_the_settings_changes_the_first_annex_number_of_the_outline() {
        openPage();
        _setValue(_get(TextField.class, spec -> spec.withId("settings-title")), "Rapport d'activité des services 2034");
        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-first-annex")), 10);

        _click(_get(Button.class, spec -> spec.withId("save-settings")));

        Campaign saved = campaigns.campaign(campaign.getId()).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Rapport d'activité des services 2034");
        assertThat(saved.getFirstAnnexNumber()).isEqualTo(10);
        assertThat(_getFormatted(outlineGrid(), 0, "annex")).isEqualTo("Annexe 10");
    }

    @Test
    void settings_saved_after_an_own_change_elsewhere_on_the_page_are_accepted() {
        openPage();
        Grid<DirectionDeadline> grid = deadlinesGrid();
        long dasipe = direction("DASIPE").getId();
        int row = rowOf(grid, d -> d.directionId() == dasipe);
        _setValue((FrenchDatePicker) _get(_getCellComponent(grid, row, "own"), FrenchDatePicker.class, spec -> {}),
                LocalDate.of(2035, 2, 15));
        _setValue(_get(TextField.class, spec -> spec.withId("settings-title")), "Titre revu");

        _click(_get(Button.class, spec -> spec.withId("save-settings")));

        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getTitle()).isEqualTo("Titre revu");
    }

    @Test
    void settings_saved_over_someone_elses_change_are_refused_and_the_form_keeps_what_was_typed() {
        openPage();
        campaigns.configure(campaign.getId(), "Changé ailleurs", campaign.getDeadline(), false, 1, campaign.getVersion());
        TextField title = _get(TextField.class, spec -> spec.withId("settings-title"));
        _setValue(title, "Mon titre");

        _click(_get(Button.class, spec -> spec.withId("save-settings")));

        assertThat(notifications()).anyMatch(n -> n.startsWith("Quelqu'un d'autre a modifié « Changé ailleurs »"));
        assertThat(title.getValue()).isEqualTo("Mon titre");
        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getTitle()).isEqualTo("Changé ailleurs");
    }

    @Test
    void opening_the_campaign_asks_for_confirmation_then_changes_its_status() {
        openPage();

        _click(_get(Button.class, spec -> spec.withId("status-open")));
        confirm();

        assertThat(campaigns.campaign(campaign.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.OPEN);
        assertThat(text(_get(Component.class, spec -> spec.withId("campaign-status")))).contains("Ouverte");
        assertThat(_get(Button.class, spec -> spec.withId("status-close")).isVisible()).isTrue();
    }

    @Test
    void a_published_campaign_is_shown_read_only_with_the_reason() {
        campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
        campaigns.changeStatus(campaign.getId(), CampaignStatus.CLOSED);
        // publication requires every chapter approved: the first gets content, the empty others leave the outline
        List<fr.recueil.campaign.OutlineEntry> entries = List.copyOf(campaigns.campaign(campaign.getId()).orElseThrow().getOutline());
        fr.recueil.base.audit.SystemActor.run(() -> chapters.loadApprovedContent(
                chapters.chapterOfOutlineEntry(entries.getFirst().getId()).orElseThrow().getId(),
                reports.fixtureContents().getFirst(), "test"));
        for (var entry : entries.subList(1, entries.size())) {
            campaigns.removeFromOutline(campaign.getId(), entry.getId(), "rien à publier");
        }
        campaigns.changeStatus(campaign.getId(), CampaignStatus.PUBLISHED);
        openPage();

        assertThat(text(_get(Paragraph.class, spec -> spec.withId("campaign-frozen"))))
                .startsWith("Cette campagne est publiée");
        assertThat(_get(TextField.class, spec -> spec.withId("settings-title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-settings"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("status-unpublish"))).hasSize(1);
        Grid<ChapterLine> outline = outlineGrid();
        assertThat(_getCellComponent(outline, 0, "move").isVisible()).isFalse();
        Grid<DirectionDeadline> grid = deadlinesGrid();
        FrenchDatePicker picker = (FrenchDatePicker) _get(_getCellComponent(grid, 0, "own"), FrenchDatePicker.class, spec -> {});
        assertThat(picker.isReadOnly()).isTrue();
    }

    @Test
    void going_from_one_campaigns_page_to_anothers_shows_the_second_one_once() {
        Campaign other = campaigns.create(2035, "Rapport d'activité 2035", LocalDate.of(2036, 3, 31), false);
        openPage();

        UI.getCurrent().navigate("admin/campagnes/" + other.getId());

        assertThat(_get(TextField.class, spec -> spec.withId("settings-title")).getValue()).isEqualTo("Rapport d'activité 2035");
        assertThat(outlineGrid().getColumns()).hasSize(5);
        assertThat(deadlinesGrid().getColumns()).hasSize(4);
        assertThat(_find(Button.class, spec -> spec.withId("save-settings"))).hasSize(1);
    }

    @Test
    void an_unknown_campaign_says_so() {
        UI.getCurrent().navigate("admin/campagnes/999999");

        assertThat(text(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("campaign-edit"))))
                .contains("Cette campagne n'existe pas ou plus.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ChapterLine> outlineGrid() {
        return _get(Grid.class, spec -> spec.withId("outline-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DirectionDeadline> deadlinesGrid() {
        return _get(Grid.class, spec -> spec.withId("deadlines-grid"));
    }

    private static <T> int rowOf(Grid<T> grid, Predicate<T> matching) {
        return IntStream.range(0, _size(grid)).filter(i -> matching.test(_get(grid, i))).findFirst().orElseThrow();
    }

    private static Button button(Component within, String id) {
        List<Button> found = _find(within, Button.class, spec -> spec.withId(id));
        assertThat(found).as(id).hasSize(1);
        return found.getFirst();
    }
}
