package fr.recueil.chapter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.review.CommentService;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import fr.recueil.testing.WorkflowFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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

    @Test
    void a_chapter_sent_back_shows_the_reviewers_comment_beside_its_block_and_is_submitted_again_from_the_editor() {
        Chapter sentBack = fixture.bring(DIRECTION, ChapterState.CHANGES_REQUESTED);
        String missions = sentBack.getContent().blocks().getFirst().id();
        actors.as(WorkflowFixture.REVIEWER, () -> comments.add(sentBack.getId(), missions, "Citez le nombre de guichets."));
        String writer = fixture.contributor(DIRECTION);

        login(writer);
        UI.getCurrent().navigate("chapitres/" + sentBack.getId());

        Details thread = _find(Details.class, spec -> spec.withClasses("recueil-editor-comments")).stream()
                .filter(d -> missions.equals(d.getElement().getAttribute("data-block"))).findFirst().orElseThrow();
        assertThat(thread.isOpened()).isTrue();
        assertThat(_find(thread, com.vaadin.flow.component.html.Paragraph.class))
                .anyMatch(p -> p.getText().contains("Citez le nombre de guichets."));

        _click(_get(Button.class, spec -> spec.withId("action-submit")));

        assertThat(actors.as(writer, () -> chapters.chapter(sentBack.getId()).getState())).isEqualTo(ChapterState.SUBMITTED);
    }
}
