package fr.recueil.review;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.testing.Actors;
import fr.recueil.testing.SampleContent;
import fr.recueil.notification.NotificationService;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@Transactional
class CommentServiceTest {

    @Autowired
    private CommentService comments;
    @Autowired
    private ReviewService review;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private WorkflowService workflow;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private Actors actors;

    private ChapterSummary dasipe;
    private String missionsBlock;

    @BeforeEach
    void dasipe() {
        actors.loginAs("contributeur.dasipe");
        dasipe = chapters.myChapters().getFirst();
        missionsBlock = chapters.chapter(dasipe.id()).getContent().blocks().getFirst().id();
    }

    @Test
    void a_reviewer_comments_a_block_the_contributor_answers_in_the_thread_and_marks_it_resolved() {
        Comment question = actors.as("relecteur.demo", () -> comments.add(dasipe.id(), missionsBlock, "Précisez le nombre d'EDS."));
        assertThat(notifications.mine(1).getFirst().kind()).isEqualTo("COMMENT");

        Comment answer = comments.reply(question.id(), "C'est fait : 20 EDS.");
        comments.resolve(question.id(), true);

        assertThat(comments.comments(dasipe.id())).extracting(Comment::author, Comment::parentId, Comment::blockId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("relecteur.demo", null, missionsBlock),
                        org.assertj.core.groups.Tuple.tuple("contributeur.dasipe", question.id(), missionsBlock));
        assertThat(comments.comments(dasipe.id()).getFirst().isResolved()).isTrue();
        assertThat(answer.parentId()).isEqualTo(question.id());
        actors.as("relecteur.demo", () -> assertThat(notifications.mine(1).getFirst().arguments()).contains("C'est fait : 20 EDS."));
    }

    @Test
    void another_direction_neither_reads_nor_writes_the_comments() {
        Comment comment = actors.as("relecteur.demo", () -> comments.add(dasipe.id(), missionsBlock, "Question"));
        actors.as("contributeur.multi", () -> {
            assertThatThrownBy(() -> comments.comments(dasipe.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.reply(comment.id(), "Intrusion")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.resolve(comment.id(), true)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void empty_or_scripted_comments_are_refused() {
        assertThatThrownBy(() -> comments.add(dasipe.id(), missionsBlock, "   ")).hasMessage("Le commentaire est vide.");
        assertThatThrownBy(() -> comments.add(dasipe.id(), missionsBlock, "<script>alert(1)</script>"))
                .hasMessageContaining("contient un script");
        assertThat(comments.comments(dasipe.id())).isEmpty();
    }

    @Test
    void the_reviewer_sees_what_changed_since_the_revision_they_last_saw() {
        var saved = chapters.save(dasipe.id(), dasipe.version(), SampleContent.complete(chapters.chapter(dasipe.id()).getContent()));
        var submitted = workflow.perform(dasipe.id(), saved.getVersion(), WorkflowVerb.SUBMIT);
        actors.as("relecteur.demo", () -> {
            assertThat(review.sinceLastSeen(dasipe.id()).hasChanges()).isTrue();
            review.markSeen(dasipe.id());
            assertThat(review.lastSeenRevision(dasipe.id())).contains(1);
            assertThat(review.sinceLastSeen(dasipe.id()).hasChanges()).isFalse();
            var inReview = workflow.perform(dasipe.id(), submitted.getVersion(), WorkflowVerb.START_REVIEW);
            workflow.perform(dasipe.id(), inReview.getVersion(), WorkflowVerb.REQUEST_CHANGES, "Ajoutez un chiffre.");
        });
        var current = chapters.chapter(dasipe.id());
        var edited = current.getContent().replace(((fr.recueil.chapter.content.RichTextBlock) current.getContent().blocks().getFirst())
                .withBody("La direction accueille désormais le public dans 21 espaces."));
        chapters.save(dasipe.id(), current.getVersion(), edited);

        actors.as("relecteur.demo", () -> {
            ContentDiff diff = review.sinceLastSeen(dasipe.id());
            assertThat(diff.blocks().getFirst().change()).isEqualTo(ContentDiff.Change.CHANGED);
            assertThat(diff.blocks().stream().filter(b -> b.change() == ContentDiff.Change.CHANGED)).hasSize(1);
            assertThat(review.againstLastYear(dasipe.id())).isPresent();
        });
    }
}
