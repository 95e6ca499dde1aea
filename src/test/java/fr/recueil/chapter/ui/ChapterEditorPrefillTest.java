package fr.recueil.chapter.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Reprendre l'an dernier" on the demo's published 2023 report: the DSI chapter of 2024 starts
 * from the approved DSI chapter of 2023.
 */
class ChapterEditorPrefillTest extends KaribuTest {

    private static final String MULTI = "contributeur.multi";

    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;

    private long dsi;
    private ChapterContent dsiBefore;
    private String lastYearMissions;
    private KeyFigure lastYearFigure;

    @BeforeEach
    void lastYearsApprovedChapter() {
        actors.as(MULTI, () -> {
            dsi = chapters.myChapters().stream().filter(c -> c.directionName().contains("systèmes d'information"))
                    .findFirst().orElseThrow().id();
            dsiBefore = chapters.chapter(dsi).getContent();
            ChapterContent lastYear = chapters.previousYearChapter(dsi).orElseThrow().getContent();
            lastYearMissions = ((RichTextBlock) lastYear.blocks().getFirst()).body();
            lastYearFigure = ((KeyFiguresBlock) lastYear.blocks().get(1)).groups().stream()
                    .flatMap(g -> g.figures().stream()).filter(f -> !f.sentence()).findFirst().orElseThrow();
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

        assertThat(missions(view).body().getValue()).isEqualTo(lastYearMissions);
        FigureEditor figure = ((KeyFiguresBlockEditor) view.cards().get(1).editor()).groups().stream()
                .flatMap(g -> g.figures().stream()).filter(f -> f.previousField().getValue().equals(lastYearFigure.value()))
                .findFirst().orElseThrow();
        assertThat(figure.valueField().getValue()).isEmpty();
        assertThat(view.completeness().lineTexts()).contains(lastYearFigure.label());
        assertThat(view.isDirty()).isFalse();
        assertThat(((RichTextBlock) stored().blocks().getFirst()).body()).isEqualTo(lastYearMissions);
    }

    @Test
    void a_chapter_with_text_asks_before_it_is_replaced_by_last_years() {
        ChapterEditorView view = open();
        _setValue(missions(view).body().rich(), "Un texte de cette année.");
        _click(_get(Button.class, spec -> spec.withId("prefill")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("prefill-dialog"));
        assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Remplacer le contenu par celui de 2023 ?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(missions(view).body().getValue()).isEqualTo("Un texte de cette année.");

        _click(_get(Button.class, spec -> spec.withId("prefill")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("prefill-dialog")));
        assertThat(missions(view).body().getValue()).isEqualTo(lastYearMissions);
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
