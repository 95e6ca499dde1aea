package fr.recueil.chapter.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterTemplate;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Reprendre l'an dernier" needs last year's approved chapter: this test makes a 2023 campaign, so it
 * runs in its own Spring context (its own throw-away database), apart from the other tests.
 */
@SpringBootTest(properties = "recueil.test.context=chapter-editor-prefill")
class ChapterEditorPrefillTest extends KaribuTest {

    private static final String MULTI = "contributeur.multi";
    private static final String LAST_YEAR_MISSIONS = "La DSI conçoit et maintient les systèmes d'information (2023).";

    @Autowired
    private ChapterService chapters;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private Actors actors;

    private long dsi;
    private ChapterContent dsiBefore;

    @BeforeEach
    void lastYearsApprovedChapter() {
        actors.as("admin", () -> {
            if (campaigns.campaignOfYear(2023).isPresent()) {
                return;
            }
            Campaign campaign = campaigns.create(2023, "Rapport d'activité 2023", LocalDate.of(2024, 3, 29), false);
            campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
            long lastYearDsi = chapters.chaptersOf(campaign.getId()).stream()
                    .filter(c -> c.directionName().contains("systèmes d'information")).findFirst().orElseThrow().id();
            ChapterContent content = ChapterTemplate.forKind(OutlineEntryKind.DIRECTION);
            content = content.replace(((RichTextBlock) content.blocks().getFirst()).withBody(LAST_YEAR_MISSIONS));
            content = content.replace(((KeyFiguresBlock) content.blocks().get(1)).withGroups(List.of(
                    new FigureGroup("Le poste de travail", List.of(KeyFigure.number("3 000", "postes renouvelés"))))));
            chapters.loadApprovedContent(lastYearDsi, content);
            campaigns.changeStatus(campaign.getId(), CampaignStatus.CLOSED);
        });
        actors.as(MULTI, () -> {
            dsi = chapters.myChapters().stream().filter(c -> c.directionName().contains("systèmes d'information"))
                    .findFirst().orElseThrow().id();
            dsiBefore = chapters.chapter(dsi).getContent();
        });
    }

    @AfterEach
    void restoreTheDsiChapter() {
        actors.as(MULTI, () -> {
            var now = chapters.chapter(dsi);
            if (!now.getContent().equals(dsiBefore)) {
                chapters.save(dsi, now.getVersion(), dsiBefore);
            }
        });
    }

    @Test
    void an_empty_chapter_starts_from_last_year_at_once_with_last_years_values_as_n_minus_1() {
        ChapterEditorView view = open();
        _click(_get(Button.class, spec -> spec.withId("prefill")));

        assertThat(missions(view).body().getValue()).isEqualTo(LAST_YEAR_MISSIONS);
        FigureEditor figure = ((KeyFiguresBlockEditor) view.cards().get(1).editor()).groups().getFirst().figures().getFirst();
        assertThat(figure.valueField().getValue()).isEmpty();
        assertThat(figure.previousField().getValue()).isEqualTo("3 000");
        assertThat(view.completeness().lineTexts()).contains("postes renouvelés");
        assertThat(view.isDirty()).isFalse();
        assertThat(((RichTextBlock) stored().blocks().getFirst()).body()).isEqualTo(LAST_YEAR_MISSIONS);
    }

    @Test
    void a_chapter_with_text_asks_before_it_is_replaced_by_last_years() {
        ChapterEditorView view = open();
        _setValue(missions(view).body().input(), "Un texte de cette année.");
        _click(_get(Button.class, spec -> spec.withId("prefill")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("prefill-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Remplacer le contenu par celui de 2023 ?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(missions(view).body().getValue()).isEqualTo("Un texte de cette année.");

        _click(_get(Button.class, spec -> spec.withId("prefill")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("prefill-dialog")));
        assertThat(missions(view).body().getValue()).isEqualTo(LAST_YEAR_MISSIONS);
    }

    @Test
    void a_reviewer_is_not_offered_last_years_chapter() {
        login("relecteur.demo");
        UI.getCurrent().navigate("chapitres/" + dsi);
        _assertNone(Button.class, spec -> spec.withId("prefill"));
    }

    private ChapterEditorView open() {
        login(MULTI);
        UI.getCurrent().navigate("chapitres/" + dsi);
        return _get(ChapterEditorView.class);
    }

    private ChapterContent stored() {
        return actors.as(MULTI, () -> chapters.chapter(dsi).getContent());
    }

    private static RichTextBlockEditor missions(ChapterEditorView view) {
        return (RichTextBlockEditor) view.cards().getFirst().editor();
    }
}
