package fr.recueil.chapter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.review.CommentService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.testing.Actors;
import fr.recueil.testing.OwnChapter;
import fr.recueil.testing.KaribuTest;
import fr.recueil.testing.WorkflowFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The direction's side of the review, on the editing page: the reviewer's comments beside the blocks, and submitting. */
class ChapterEditorWorkflowTest extends KaribuTest {

    private static final String DIRECTION = "DRP";

    @Autowired
    private WorkflowFixture fixture;
    @Autowired
    private CommentService comments;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;
    @Autowired
    private OwnChapter own;

    @Test
    void a_submission_with_empty_figures_is_refused_in_the_page_with_links_then_goes_through_once_completed_without_reloading() {
        long id = own.completeDraft();
        String member = own.member();
        actors.as(member, () -> {
            Chapter chapter = chapters.chapter(id);
            KeyFiguresBlock figures = (KeyFiguresBlock) chapter.getContent().blocks().get(1);
            chapters.save(id, chapter.getVersion(), chapter.getContent().replace(figures.withGroups(List.of(new FigureGroup(null, List.of(
                    KeyFigure.number("1 200", "mètres linéaires d'archives"),
                    new KeyFigure(null, "lecteurs en salle", "4 310", null, false, null)))))));
        });
        login(member);
        UI.getCurrent().navigate("chapitres/" + id);
        ChapterEditorView view = _get(ChapterEditorView.class);
        assertThat(view.completeness().lineTexts()).containsExactly("lecteurs en salle");

        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        // Refused: said in the page, with the same figure as the panel and a way to the block; the chapter is still a draft.
        assertThat(_get(ChapterEditorView.class)).isSameAs(view);
        assertThat(view.message().text()).isEqualTo(
                "Le chapitre ne peut pas être soumis : un chiffre clé attend sa valeur (« lecteurs en salle »). Saisissez chaque valeur,"
                        + " ou cochez « Non disponible » en indiquant pourquoi, puis soumettez à nouveau.");
        assertThat(view.message().getElement().getAttribute("role")).isEqualTo("alert");
        NativeButton goTo = _get(view.message(), NativeButton.class, spec -> spec.withText("Aller à « Les chiffres clés de l'année »"));
        assertThat(goTo.getElement().getAttribute("data-block")).isEqualTo(view.cards().get(1).editor().blockId());
        assertThat(own.chapter().getState()).isEqualTo(ChapterState.DRAFT);

        FigureEditor awaiting = ((KeyFiguresBlockEditor) view.cards().get(1).editor()).groups().getFirst().figures().get(1);
        _setValue(awaiting.unavailableField(), true);
        assertThat(awaiting.unavailableReasonField().isInvalid()).isTrue();
        assertThat(view.completeness().lineTexts()).containsExactly("lecteurs en salle (non disponible : motif à indiquer)");
        _setValue(awaiting.unavailableReasonField(), "Salle fermée pour travaux toute l'année");
        assertThat(view.completeness().getElement().getAttribute("data-complete")).isEqualTo("true");
        _click(_get(Button.class, spec -> spec.withId("save")));
        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        // Done: the same page, now read-only, in its new state, saying what happened and what comes next.
        ChapterState after = own.chapter().getState();
        assertThat(after).as(view.message().text() + " / " + view.status().getText()).isIn(ChapterState.SUBMITTED, ChapterState.DIRECTOR_VALIDATION);
        assertThat(_get(ChapterEditorView.class)).isSameAs(view);
        assertThat(view.message().text()).isEqualTo(after == ChapterState.SUBMITTED
                ? "Le chapitre est soumis à la DEMO. Il n'est plus modifiable : un relecteur va le relire et vous serez prévenu de sa"
                        + " décision. Vous pouvez le rappeler tant que la relecture n'a pas commencé."
                : "Le chapitre est transmis à la direction pour validation. Il n'est plus modifiable : votre directeur ou directrice"
                        + " est prévenu et le transmettra à la DEMO, ou vous le renverra avec un motif.");
        assertThat(view.message().getElement().getAttribute("role")).isEqualTo("status");
        assertThat(_get(Span.class, spec -> spec.withId("chapter-state")).getText()).isEqualTo(after == ChapterState.SUBMITTED ? "Soumis" : "Validation direction");
        _get(Div.class, spec -> spec.withId("read-only-notice"));
        _assertNone(Button.class, spec -> spec.withId("save"));
        _assertNone(Button.class, spec -> spec.withId("action-submit"));
    }

    @Test
    void a_chapter_sent_back_shows_the_reviewers_comment_beside_its_block_and_is_submitted_again_from_the_editor() {
        Chapter sentBack = fixture.bring(DIRECTION, ChapterState.CHANGES_REQUESTED);
        String missions = sentBack.getContent().blocks().getFirst().id();
        actors.as(WorkflowFixture.REVIEWER, () -> comments.add(sentBack.getId(), missions, "Citez le nombre de guichets."));
        String writer = fixture.contributor(DIRECTION);

        login(writer);
        UI.getCurrent().navigate("chapitres/" + sentBack.getId());

        // At the top of the page: the reviewer's reason, by name, and the comment still open, leading to its block.
        Div notice = _get(Div.class, spec -> spec.withId("sent-back"));
        assertThat(_get(notice, com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Chapitre à reprendre");
        assertThat(_get(notice, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("sent-back-reason")).getText())
                .isEqualTo("Complétez le bilan de l'année.");
        assertThat(notice.getElement().getTextRecursively()).contains("Modifications demandées par Sophie Leroy le ")
                .contains("Un commentaire n'est pas encore résolu :");
        NativeButton comment = _get(notice, NativeButton.class, spec -> spec.withText("« Missions de la direction » — Sophie Leroy : Citez le nombre de guichets."));
        assertThat(comment.getElement().getAttribute("data-block")).isEqualTo(missions);

        Details thread = _find(Details.class, spec -> spec.withClasses("recueil-editor-comments")).stream()
                .filter(d -> missions.equals(d.getElement().getAttribute("data-block"))).findFirst().orElseThrow();
        assertThat(thread.isOpened()).isTrue();
        assertThat(_find(thread, com.vaadin.flow.component.html.Paragraph.class))
                .anyMatch(p -> p.getText().contains("Citez le nombre de guichets."));

        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        assertThat(actors.as(writer, () -> chapters.chapter(sentBack.getId()).getState())).isEqualTo(ChapterState.SUBMITTED);
    }
}
