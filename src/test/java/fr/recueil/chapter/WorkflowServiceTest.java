package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterEvents;
import fr.recueil.chapter.ChapterRevision;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.chapter.IncompleteChapter;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.testing.Actors;
import fr.recueil.testing.SampleContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs in a rolled-back transaction: the demo chapters are left as they were. */
@SpringBootTest
@Transactional
@RecordApplicationEvents
class WorkflowServiceTest {

    @Autowired
    private WorkflowService workflow;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationEvents events;

    private ChapterSummary dasipe;

    @BeforeEach
    void completeDasipeChapter() {
        actors.loginAs("contributeur.dasipe");
        dasipe = chapters.myChapters().getFirst();
        chapters.save(dasipe.id(), dasipe.version(), SampleContent.complete(chapters.chapter(dasipe.id()).getContent()));
    }

    @Test
    void the_whole_review_records_its_history_snapshots_and_events() {
        Chapter submitted = workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);
        Chapter inReview = actors.as("relecteur.demo", () -> workflow.perform(dasipe.id(), submitted.getVersion(), WorkflowVerb.START_REVIEW));
        Chapter sentBack = actors.as("relecteur.demo", () ->
                workflow.perform(dasipe.id(), inReview.getVersion(), WorkflowVerb.REQUEST_CHANGES, "Ajoutez les chiffres de l'accueil."));
        assertThat(sentBack.getState()).isEqualTo(ChapterState.CHANGES_REQUESTED);
        assertThat(chapters.canEdit(dasipe.id())).isTrue();

        Chapter resubmitted = workflow.perform(dasipe.id(), sentBack.getVersion(), WorkflowVerb.SUBMIT);
        Chapter approved = actors.as("relectrice.demo", () -> workflow.perform(dasipe.id(), resubmitted.getVersion(), WorkflowVerb.APPROVE));

        assertThat(approved.getState()).isEqualTo(ChapterState.APPROVED);
        assertThat(approved.getHistory()).extracting(t -> t.getVerb().name() + ":" + t.getActor())
                .containsExactly("SUBMIT:contributeur.dasipe", "START_REVIEW:relecteur.demo", "REQUEST_CHANGES:relecteur.demo",
                        "SUBMIT:contributeur.dasipe", "APPROVE:relectrice.demo");
        assertThat(approved.getHistory().get(2).getReason()).isEqualTo("Ajoutez les chiffres de l'accueil.");
        assertThat(workflow.revisions(dasipe.id())).extracting(ChapterRevision::getNumber, ChapterRevision::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ChapterRevision.Kind.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(2, ChapterRevision.Kind.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(3, ChapterRevision.Kind.APPROVED));
        assertThat(events.stream(ChapterEvents.ChapterTransitioned.class)).hasSize(5);
        assertThat(events.stream(ChapterEvents.Approved.class).findFirst().orElseThrow().revision()).isEqualTo(3);
    }

    @Test
    void contributors_cannot_edit_a_submitted_chapter() {
        Chapter submitted = workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);

        assertThat(chapters.canEdit(dasipe.id())).isFalse();
        assertThatThrownBy(() -> chapters.save(dasipe.id(), submitted.getVersion(), submitted.getContent()))
                .hasMessage("Un chapitre « Soumis » ne peut pas être modifié.");
    }

    @Test
    void a_snapshot_stays_as_it_was_after_later_edits_and_cannot_be_rewritten() {
        Chapter submitted = workflow.perform(dasipe.id(), version(), WorkflowVerb.SUBMIT);
        Chapter recalled = workflow.perform(dasipe.id(), submitted.getVersion(), WorkflowVerb.RECALL);
        ChapterContent edited = withMissions(recalled.getContent(), "Texte réécrit après la soumission.");
        chapters.save(dasipe.id(), recalled.getVersion(), edited);

        ChapterRevision first = workflow.revisions(dasipe.id()).getFirst();
        assertThat(((RichTextBlock) first.getContent().blocks().getFirst()).body()).isNotEqualTo("Texte réécrit après la soumission.");
        assertThatThrownBy(() -> jdbc.sql("update chapter_revision set content = '{}' where id = ?").param(first.getId()).update())
                .hasMessageContaining("chapter revisions are immutable");
    }

    @Test
    void a_user_of_another_direction_cannot_move_the_chapter_by_its_id() {
        long id = dasipe.id();
        long version = version();
        actors.as("contributeur.multi", () -> {
            assertThatThrownBy(() -> workflow.perform(id, version, WorkflowVerb.SUBMIT)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workflow.perform(id, version, WorkflowVerb.RECALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workflow.revisions(id)).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void acting_on_an_outdated_page_is_refused() {
        long stale = version() - 1;

        assertThatThrownBy(() -> workflow.perform(dasipe.id(), stale, WorkflowVerb.SUBMIT))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Le chapitre a changé depuis que vous l'avez ouvert (contributeur.dasipe l'a modifié)");
    }

    @Test
    void a_chapter_whose_key_figures_wait_for_their_value_is_refused_with_the_same_list_as_the_completeness_panel() {
        // Last year's figures come back as N-1 values: this year's values are still to be typed.
        Chapter prefilled = chapters.prefillFromPreviousYear(dasipe.id(), version(), true);
        List<ChapterContent.MissingValue> missing = prefilled.getContent().missingValues();
        assertThat(missing).isNotEmpty();

        assertThatThrownBy(() -> workflow.perform(dasipe.id(), prefilled.getVersion(), WorkflowVerb.SUBMIT))
                .isInstanceOfSatisfying(IncompleteChapter.class, refusal -> {
                    assertThat(refusal.missingValues()).isEqualTo(missing);
                    assertThat(refusal.emptyBlocks()).isEmpty();
                    assertThat(refusal.blocksToFix(prefilled.getContent())).extracting(b -> b.id())
                            .containsExactlyElementsOf(missing.stream().map(ChapterContent.MissingValue::blockId).distinct().toList());
                })
                .hasMessageStartingWith("Le chapitre ne peut pas être soumis : " + missing.size() + " chiffres clés attendent leur valeur (« "
                        + missing.getFirst().label() + " »");
        assertThat(chapters.chapter(dasipe.id()).getState()).isEqualTo(ChapterState.DRAFT);
    }

    @Test
    void a_figure_declared_not_available_is_accepted_only_with_its_reason() {
        ChapterContent content = chapters.chapter(dasipe.id()).getContent();
        KeyFiguresBlock figures = (KeyFiguresBlock) content.blocks().get(1);
        ChapterContent noReason = content.replace(figures.withGroups(List.of(new FigureGroup(null, List.of(
                KeyFigure.number("148 183", "personnes reçues"),
                new KeyFigure(null, "ménages accompagnés", "86 908", null, false, " "))))));
        Chapter saved = chapters.save(dasipe.id(), version(), noReason);

        assertThatThrownBy(() -> workflow.perform(dasipe.id(), saved.getVersion(), WorkflowVerb.SUBMIT))
                .isInstanceOf(IncompleteChapter.class)
                .hasMessageStartingWith("Le chapitre ne peut pas être soumis : un chiffre clé attend sa valeur (« ménages accompagnés »)");
        assertThat(saved.getContent().missingValues()).singleElement()
                .satisfies(gap -> assertThat(gap.reasonOnly()).isTrue());

        ChapterContent withReason = content.replace(figures.withGroups(List.of(new FigureGroup(null, List.of(
                KeyFigure.number("148 183", "personnes reçues"),
                new KeyFigure(null, "ménages accompagnés", "86 908", null, false, "Données de la CAF publiées en juin"))))));
        Chapter complete = chapters.save(dasipe.id(), saved.getVersion(), withReason);
        Chapter submitted = workflow.perform(dasipe.id(), complete.getVersion(), WorkflowVerb.SUBMIT);

        assertThat(submitted.getState()).isEqualTo(ChapterState.SUBMITTED);
        KeyFigure kept = ((KeyFiguresBlock) submitted.getContent().blocks().get(1)).groups().getFirst().figures().get(1);
        assertThat(kept.unavailable()).isEqualTo("Données de la CAF publiées en juin");
        assertThat(kept.isAwaitingValue()).isFalse();
    }

    private long version() {
        return chapters.chapter(dasipe.id()).getVersion();
    }

    private static ChapterContent withMissions(ChapterContent content, String body) {
        return content.replace(((RichTextBlock) content.blocks().getFirst()).withBody(body));
    }
}
