package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.Actors;
import fr.recueil.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviewers approve the same chapter at the same moment: one wins, the other is told, and the
 * chapter holds one approval. Real transactions, so it works on a chapter no other test uses
 * (Direction des crèches), with a contributor of its own.
 */
@SpringBootTest
class ConcurrentApprovalTest {

    @Autowired
    private WorkflowService workflow;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private UserService users;
    @Autowired
    private OrganisationService organisation;
    @Autowired
    private Actors actors;

    @Test
    void two_reviewers_approving_at_once_give_one_approval_and_one_clear_refusal() throws Exception {
        long creches = actors.as("admin", () -> organisation.directions().stream()
                .filter(d -> "DC".equals(d.getAcronym())).findFirst().orElseThrow().getId());
        actors.as("admin", () -> users.create(new UserDraft("contributeur.creches", "Inès Morel",
                "ines.morel@departement.example", Set.of(Role.CONTRIBUTOR), Set.of(creches)), "recueil-demo"));
        long[] chapter = new long[2];
        actors.as("contributeur.creches", () -> {
            ChapterSummary summary = chapters.myChapters().getFirst();
            Chapter saved = chapters.save(summary.id(), summary.version(),
                    SampleContent.complete(chapters.chapter(summary.id()).getContent()));
            Chapter submitted = workflow.perform(summary.id(), saved.getVersion(), WorkflowVerb.SUBMIT);
            chapter[0] = submitted.getId();
            chapter[1] = submitted.getVersion();
        });

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String reviewer : List.of("relecteur.demo", "relectrice.demo")) {
            Callable<String> approve = () -> actors.as(reviewer, () -> {
                try {
                    together.await();
                    workflow.perform(chapter[0], chapter[1], WorkflowVerb.APPROVE);
                    return "approved";
                } catch (BusinessException refused) {
                    return refused.getMessage();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            outcomes.add(pool.submit(approve));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsOnlyOnce("approved");
        assertThat(results).anySatisfy(message -> assertThat(message).satisfiesAnyOf(
                m -> assertThat(m).startsWith("Quelqu'un d'autre vient d'agir sur ce chapitre au même moment"),
                m -> assertThat(m).startsWith("Le chapitre a changé depuis que vous l'avez ouvert")));
        Chapter after = actors.as("admin", () -> chapters.chapter(chapter[0]));
        assertThat(after.getState()).isEqualTo(ChapterState.APPROVED);
        assertThat(actors.as("admin", () -> workflow.history(chapter[0])))
                .filteredOn(t -> t.getVerb().name().equals("APPROVE")).hasSize(1);
    }
}
