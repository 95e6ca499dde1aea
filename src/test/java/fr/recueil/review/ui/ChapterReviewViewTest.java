package fr.recueil.review.ui;

import fr.recueil.chapter.WorkflowVerb;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import fr.recueil.chapter.ChapterState;
import fr.recueil.review.Comment;
import fr.recueil.review.CommentService;
import fr.recueil.chapter.ui.WorkflowActions;
import fr.recueil.testing.Actors;
import fr.recueil.testing.KaribuTest;
import fr.recueil.testing.OwnChapter;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ChapterReviewViewTest extends KaribuTest {

    @Autowired
    private OwnChapter own;
    @Autowired
    private Actors actors;
    @Autowired
    private CommentService comments;
    @Autowired
    private WorkflowService workflow;

    @Test
    void a_reviewer_starts_the_review_asks_for_changes_with_a_reason_and_approves_the_new_version() {
        long id = own.submitted();
        login("relecteur.demo");
        UI.getCurrent().navigate("relecture/" + id);

        assertThat(state()).isEqualTo("Soumis");
        assertThat(text(_get(Span.class, spec -> spec.withId("review-assignee")))).isEqualTo("Pas encore pris en relecture");
        _click(button("action-start-review"));
        assertThat(state()).isEqualTo("En relecture");
        assertThat(_get(WorkflowActions.class).messageText()).isEqualTo("Vous relisez ce chapitre : il vous est attribué."
                + " Commentez les blocs, puis validez-le ou demandez des modifications.");
        assertThat(text(_get(Span.class, spec -> spec.withId("review-assignee")))).startsWith("Relecteur :");
        assertThat(own.chapter().getAssignee()).isEqualTo("relecteur.demo");

        _click(button("action-request-changes"));
        clearNotifications();
        _click(button("reason-confirm"));
        assertThat(_get(TextArea.class, spec -> spec.withId("reason-text")).getErrorMessage()).startsWith("Indiquez le motif");
        assertThat(_get(WorkflowActions.class).messageText()).startsWith("Indiquez le motif");
        assertThat(_find(Dialog.class, spec -> spec.withId("reason-dialog"))).hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("reason-text")), "Ajoutez les chiffres de la salle de lecture.");
        _click(button("reason-confirm"));
        _assertNone(Dialog.class, spec -> spec.withId("reason-dialog"));
        assertThat(state()).isEqualTo("À reprendre");
        assertThat(_get(WorkflowActions.class).messageText()).startsWith("Les modifications sont demandées. La direction est prévenue"
                + " et voit votre motif en haut de son chapitre");
        assertThat(own.chapter().getState()).isEqualTo(ChapterState.CHANGES_REQUESTED);
        _assertNone(Button.class, spec -> spec.withId("action-approve"));

        own.submit();
        UI.getCurrent().navigate("relecture/" + id);
        _click(button("action-approve"));
        assertThat(state()).isEqualTo("Validé");
        assertThat(_get(WorkflowActions.class).messageText()).isEqualTo("Le chapitre est validé : il entre dans le rapport consolidé."
                + " Il peut encore être rouvert, avec un motif.");
        assertThat(button("action-reopen")).isNotNull();
    }

    @Test
    void a_refused_action_says_why_and_shows_the_chapter_as_it_now_is() {
        long id = own.submitted();
        login("relecteur.demo");
        UI.getCurrent().navigate("relecture/" + id);
        actors.as("relectrice.demo", () -> workflow.perform(id, own.chapter().getVersion(), WorkflowVerb.APPROVE));

        clearNotifications();
        _click(button("action-start-review"));

        assertThat(_get(WorkflowActions.class).messageText()).startsWith("Le chapitre a changé depuis que vous l'avez ouvert");
        assertThat(state()).isEqualTo("Validé");
        assertThat(button("action-reopen")).isNotNull();
    }

    @Test
    void a_reviewer_comments_a_block_replies_and_resolves_the_thread() {
        long id = own.submitted();
        login("relecteur.demo");
        UI.getCurrent().navigate("relecture/" + id);
        String blockId = own.chapter().getContent().blocks().getFirst().id();
        Component threads = threadsOf(blockId);

        _setValue(_get(threads, TextArea.class, spec -> spec.withClasses("recueil-comment-new-text")), "Précisez le nombre de lecteurs.");
        _click(_get(threads, Button.class, spec -> spec.withClasses("recueil-comment-add")));
        threads = threadsOf(blockId);
        assertThat(text(threads)).contains("Précisez le nombre de lecteurs.");

        _setValue(_get(threads, TextArea.class, spec -> spec.withClasses("recueil-comment-reply-text")), "Et la fréquentation du site.");
        _click(_get(threads, Button.class, spec -> spec.withClasses("recueil-comment-reply")));
        List<Comment> stored = actors.as("relecteur.demo", () -> comments.comments(id));
        assertThat(stored).extracting(Comment::body).containsExactly("Précisez le nombre de lecteurs.", "Et la fréquentation du site.");
        assertThat(stored.get(1).parentId()).isEqualTo(stored.get(0).id());

        threads = threadsOf(blockId);
        _click(_get(threads, Button.class, spec -> spec.withClasses("recueil-comment-resolve")));
        threads = threadsOf(blockId);
        assertThat(_find(threads, com.vaadin.flow.component.details.Details.class)).hasSize(1)
                .allMatch(details -> !details.isOpened());
        assertThat(actors.as("relecteur.demo", () -> comments.comments(id)).getFirst().isResolved()).isTrue();
    }

    @Test
    void the_diff_shows_the_word_the_direction_changed_since_the_reviewer_last_read_it() {
        long id = own.submitted();
        login("relecteur.demo");
        UI.getCurrent().navigate("relecture/" + id);
        assertThat(text(_get(Component.class, spec -> spec.withId("diff-content")))).contains("Première lecture");
        actors.as("relecteur.demo", () -> {
            var inReview = workflow.perform(id, own.chapter().getVersion(), WorkflowVerb.START_REVIEW);
            workflow.perform(id, inReview.getVersion(), WorkflowVerb.REQUEST_CHANGES, "Précisez.");
        });
        own.rewriteFirstText("La direction accueille les chercheurs et accompagne les usagers.");
        own.submit();

        UI.getCurrent().navigate("relecture/" + id);

        Component diff = _get(Component.class, spec -> spec.withId("diff-content"));
        assertThat(_find(diff, Span.class, spec -> spec.withClasses("recueil-ins"))).extracting(ChapterReviewViewTest::text)
                .anyMatch(t -> t.contains("les chercheurs"));
        assertThat(_find(diff, Span.class, spec -> spec.withClasses("recueil-del"))).extracting(ChapterReviewViewTest::text)
                .anyMatch(t -> t.contains("le public"));
        assertThat(text(diff)).contains("Modifié");

        UI.getCurrent().navigate("relecture/" + id);
        assertThat(text(_get(Component.class, spec -> spec.withId("diff-content")))).contains("1 bloc a changé");

        login("relecteur.demo");
        UI.getCurrent().navigate("relecture/" + id);
        assertThat(text(_get(Component.class, spec -> spec.withId("diff-content")))).contains("Rien n'a changé");
    }

    @Test
    void a_contributor_of_another_direction_is_refused_the_review_and_the_history() {
        long id = own.submitted();
        login("contributeur.dasipe");

        UI.getCurrent().navigate("relecture/" + id);
        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        _assertNone(Component.class, spec -> spec.withId("chapter-review"));

        UI.getCurrent().navigate("chapitres/" + id + "/historique");
        assertThat(_find(Component.class, spec -> spec.withId("access-denied"))).hasSize(1);
        _assertNone(Component.class, spec -> spec.withId("chapter-history"));
    }

    @Test
    void the_communication_team_reads_without_acting_or_commenting() {
        long id = own.submitted();
        login("communication");
        UI.getCurrent().navigate("relecture/" + id);

        assertThat(state()).isEqualTo("Soumis");
        _assertNone(Button.class, spec -> spec.withId("action-start-review"));
        _assertNone(Button.class, spec -> spec.withId("action-approve"));
        _assertNone(TextArea.class, spec -> spec.withClasses("recueil-comment-new-text"));
    }

    private static Component threadsOf(String blockId) {
        return _find(CommentThreads.class).stream()
                .filter(c -> blockId.equals(c.getElement().getAttribute("data-block"))).findFirst().orElseThrow();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String state() {
        return text(_get(Span.class, spec -> spec.withId("review-state")));
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    static List<String> notifications() {
        return getNotifications().stream().map(ChapterReviewViewTest::notificationText).toList();
    }

    private static String notificationText(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null ? text : notification.getElement().getTextRecursively();
    }
}
