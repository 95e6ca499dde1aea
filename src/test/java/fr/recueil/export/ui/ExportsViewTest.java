package fr.recueil.export.ui;

import fr.recueil.chapter.WorkflowVerb;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.recueil.campaign.Campaign;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.export.ExportFormat;
import fr.recueil.export.ExportService;
import fr.recueil.export.ReportExport;
import fr.recueil.testing.Actors;
import fr.recueil.testing.ApprovedReports;
import fr.recueil.testing.KaribuTest;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The exports page with the real services: readiness, the archive, a background export, and who may open it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsViewTest extends KaribuTest {

    // Campaign years lie within 2000-2100; this class owns 2099 (the latest open campaign while it runs).
    static final int YEAR = 2099;
    static final int LEFT_OUT = 2;

    @Autowired
    ApprovedReports reports;
    @Autowired
    ExportService exports;
    @Autowired
    Actors actors;
    @Autowired
    ChapterService chapters;
    @Autowired
    WorkflowService workflow;

    Campaign campaign;
    ReportExport archived;

    @BeforeAll
    void createCampaign() {
        campaign = reports.complete(YEAR, LEFT_OUT);
        archived = actors.as("communication", () -> exports.export(campaign.getId(), ExportFormat.HTML, true));
    }

    @AfterAll
    void deleteCampaign() {
        reports.delete(YEAR);
    }

    @Test
    void communication_sees_how_many_chapters_are_approved_and_which_are_missing() {
        login("communication");
        UI.getCurrent().navigate("rapport/exports");

        int total = campaign.getOutline().size();
        assertThat(_get(Span.class, spec -> spec.withId("readiness-count")).getText())
                .isEqualTo((total - LEFT_OUT) + " chapitres validés sur " + total);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("readiness-bar")).getValue()).isEqualTo(total - LEFT_OUT);
        Details missing = _get(Details.class, spec -> spec.withId("missing-chapters"));
        assertThat(missing.getSummaryText()).isEqualTo("2 chapitres manquants ou pas encore validés");
        // The first of them is never touched by this class; the last one is reopened by the obsolete test.
        assertThat(_find(missing, ListItem.class)).hasSize(LEFT_OUT)
                .first().satisfies(item -> assertThat(item.getElement().getTextRecursively())
                        .contains(campaign.getOutline().get(total - LEFT_OUT).getTitle()).contains("Brouillon"));
        Button exportFinal = _get(Button.class, spec -> spec.withId("export-final"));
        assertThat(exportFinal.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("final-reason")).getText())
                .isEqualTo("La version finale attend que les " + total + " chapitres soient validés : 2 manquent encore.");
        assertThat(_get(Button.class, spec -> spec.withId("export-draft")).isEnabled()).isTrue();
        assertThat(_find(Component.class, spec -> spec.withId("report-tab-exports"))).hasSize(1);
    }

    @Test
    void the_archive_lists_each_export_with_its_manifest_and_download() {
        login("communication");
        UI.getCurrent().navigate("rapport/exports");

        Grid<ReportExport> grid = archiveGrid();
        int row = rowOf(grid, archived);
        assertThat(_getFormatted(grid, row, "format")).isEqualTo("HTML");
        assertThat(_getFormatted(grid, row, "by")).isEqualTo("Julien Moreau");
        int total = campaign.getOutline().size();
        assertThat(_getFormatted(grid, row, "chapters")).isEqualTo((total - LEFT_OUT) + "/" + total);
        assertThat(((Span) _getCellComponent(grid, row, "kind")).getText()).isEqualTo("Projet");
        assertThat(((Span) _getCellComponent(grid, row, "status")).getText()).isEqualTo("À jour");
        Component actions = _getCellComponent(grid, row, "actions");
        Anchor download = _get(actions, Anchor.class, spec -> spec.withId("download-" + archived.getId()));
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getAttribute("data-file-name")).isEqualTo(archived.getFileName());

        _get(actions, Button.class, spec -> spec.withId("manifest-" + archived.getId())).click();

        Grid<?> manifest = _get(Grid.class, spec -> spec.withId("manifest-grid"));
        assertThat(_size(manifest)).isEqualTo(total);
        assertThat(_getFormatted(manifest, 0, "annex")).isEqualTo("Annexe " + campaign.getFirstAnnexNumber());
        assertThat(_getFormatted(manifest, 0, "state")).isEqualTo("Validé");
        assertThat(_getFormatted(manifest, 0, "revision")).startsWith("n° ");
        assertThat(_getFormatted(manifest, total - 1, "revision")).isEqualTo("Non inclus");
        assertThat(_getFormatted(manifest, total - 1, "state")).isEqualTo("Brouillon");
    }

    @Test
    void a_draft_exports_in_the_background_and_joins_the_archive_with_a_download_link() throws InterruptedException {
        login("communication");
        UI.getCurrent().navigate("rapport/exports");
        int before = _size(archiveGrid());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportFormat> format = _get(RadioButtonGroup.class, spec -> spec.withId("export-format"));
        format.setValue(ExportFormat.HTML);
        Button exportDraft = _get(Button.class, spec -> spec.withId("export-draft"));

        exportDraft.click();

        assertThat(exportDraft.isEnabled()).as("no second export while one runs").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);
        assertThat(_get(Component.class, spec -> spec.withId("export-progress")).isVisible()).isTrue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!exportDraft.isEnabled() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(exportDraft.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("export-progress-bar")).getValue()).isEqualTo(1);
        assertThat(_size(archiveGrid())).isEqualTo(before + 1);
        assertThat(_getFormatted(archiveGrid(), 0, "format")).isEqualTo("HTML");
        assertThat(_find(Anchor.class, spec -> spec.withId("export-done-download"))).hasSize(1);
        assertThat(getNotifications()).isNotEmpty();
    }

    @Test
    void an_export_whose_chapter_was_reopened_is_marked_obsolete_with_the_reason() {
        long lastChapterId = actors.as("admin", () -> chapters.chapterOfOutlineEntry(
                campaign.getOutline().getLast().getId()).orElseThrow().getId());
        actors.as("admin", () -> chapters.loadApprovedContent(lastChapterId, reports.fixtureContents().getFirst(), "test"));
        ReportExport holdingIt = actors.as("communication", () -> exports.export(campaign.getId(), ExportFormat.HTML, true));
        actors.as("relecteur.demo", () -> {
            Chapter chapter = chapters.chapter(lastChapterId);
            workflow.perform(chapter.getId(), chapter.getVersion(), WorkflowVerb.REOPEN, "Une coquille dans le titre.");
        });
        login("communication");

        UI.getCurrent().navigate("rapport/exports");

        Grid<ReportExport> grid = archiveGrid();
        Span status = (Span) _getCellComponent(grid, rowOf(grid, holdingIt), "status");
        assertThat(status.getText()).isEqualTo("Obsolète");
        assertThat(status.getElement().getAttribute("title")).contains("par Sophie Leroy").endsWith("Une coquille dans le titre.");
        assertThat(((Span) _getCellComponent(grid, rowOf(grid, archived), "status")).getText()).isEqualTo("À jour");
        _get(_getCellComponent(grid, rowOf(grid, holdingIt), "actions"), Button.class,
                spec -> spec.withId("manifest-" + holdingIt.getId())).click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("manifest-obsolete")).getText())
                .startsWith("Obsolète : Annexe ").contains("Une coquille dans le titre.");
    }

    @ParameterizedTest(name = "{0} cannot open the exports")
    @ValueSource(strings = {"contributeur.dasipe", "relecteur.demo", "directrice.dasipe"})
    void reviewers_and_contributors_are_refused(String login) {
        login(login);

        UI.getCurrent().navigate("rapport/exports");

        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("export-readiness"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("exports-grid"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReportExport> archiveGrid() {
        return _get(Grid.class, spec -> spec.withId("exports-grid"));
    }

    private static int rowOf(Grid<ReportExport> grid, ReportExport export) {
        for (int row = 0; row < _size(grid); row++) {
            if (GridKt._get(grid, row).getId().equals(export.getId())) {
                return row;
            }
        }
        throw new AssertionError("export " + export.getId() + " not in the archive");
    }
}
