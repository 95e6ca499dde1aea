package fr.recueil.benchmark;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterSummary;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.Actors;
import fr.recueil.testing.SampleContent;
import fr.recueil.home.ChapterBoard;
import fr.recueil.chapter.WorkflowService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the p95 of each workflow action and of loading the campaign's chapters for the
 * dashboard, on a campaign of 30 chapters that each carry a history of 20 revisions.
 * Figures, not a timed assertion. Run:
 * ./mvnw test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=WorkflowBenchmark
 */
@Tag("benchmark")
@SpringBootTest
class WorkflowBenchmark {

    private static final int CHAPTERS = 30;
    private static final int REVISIONS = 20;

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private WorkflowService workflow;
    @Autowired
    private UserService users;
    @Autowired
    private OrganisationService organisation;
    @Autowired
    private Actors actors;
    @Autowired
    private ChapterBoard board;

    private final Map<String, List<Long>> timings = new LinkedHashMap<>();

    @Test
    void workflow_actions_and_dashboard_on_30_chapters_with_20_revisions_each() {
        long campaignId = actors.as("admin", () -> {
            Campaign campaign = campaigns.create(2045, "Rapport d'activité 2045", LocalDate.of(2046, 3, 31), false);
            campaigns.changeStatus(campaign.getId(), CampaignStatus.OPEN);
            Set<Long> all = organisation.directions().stream().map(Direction::getId).collect(Collectors.toSet());
            users.create(new UserDraft("bench.contributor", "Contributeur de mesure", "bench@departement.example",
                    Set.of(Role.CONTRIBUTOR), all), "recueil-demo");
            return campaign.getId();
        });
        List<ChapterSummary> list = actors.as("bench.contributor", () -> chapters.myChapters().stream()
                .filter(c -> c.campaignId() == campaignId).limit(CHAPTERS).toList());
        assertThat(list).hasSize(CHAPTERS);

        long start = System.nanoTime();
        for (ChapterSummary summary : list) {
            long version = actors.as("bench.contributor", () -> chapters.save(summary.id(), summary.version(),
                    SampleContent.complete(chapters.chapter(summary.id()).getContent())).getVersion());
            for (int revision = 1; revision < REVISIONS; revision++) {
                version = timed("submit", () -> actors.as("bench.contributor", () -> workflow.perform(summary.id(), current(summary.id()), WorkflowVerb.SUBMIT).getVersion()));
                long inReview = timed("startReview", () -> actors.as("relecteur.demo", () ->
                        workflow.perform(summary.id(), current(summary.id()), WorkflowVerb.START_REVIEW).getVersion()));
                timed("requestChanges", () -> actors.as("relecteur.demo", () ->
                        workflow.perform(summary.id(), inReview, WorkflowVerb.REQUEST_CHANGES, "Précisez les chiffres.").getVersion()));
            }
            timed("submit", () -> actors.as("bench.contributor", () -> workflow.perform(summary.id(), current(summary.id()), WorkflowVerb.SUBMIT).getVersion()));
            long approved = timed("approve", () -> actors.as("relecteur.demo", () ->
                    workflow.perform(summary.id(), current(summary.id()), WorkflowVerb.APPROVE).getVersion()));
            timed("reopen", () -> actors.as("relecteur.demo", () ->
                    workflow.perform(summary.id(), approved, WorkflowVerb.REOPEN, "Une correction.").getVersion()));
        }
        long setup = (System.nanoTime() - start) / 1_000_000;
        int revisions = actors.as("admin", () -> workflow.revisions(list.getFirst().id()).size());
        for (int i = 0; i < 50; i++) {
            timed("dashboard (board of the campaign)", () -> actors.as("relecteur.demo", () ->
                    (long) board.of(campaignId, ChapterBoard.Filter.ALL).rows().size()));
        }

        System.out.printf("%nBENCHMARK workflow: %d chapters, %d revisions each, %d transitions in %d ms%n",
                CHAPTERS, revisions, timings.values().stream().mapToInt(List::size).sum(), setup);
        timings.forEach((action, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("BENCHMARK workflow %-38s n=%4d median %6.1f ms  p95 %6.1f ms (target p95 <= 150 ms)%n", action,
                    sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
        });
        System.out.println();
        assertThat(revisions).isEqualTo(REVISIONS + 1);
    }

    private long current(long chapterId) {
        return actors.as("admin", () -> chapters.chapter(chapterId).getVersion());
    }

    private long timed(String action, LongSupplier work) {
        long start = System.nanoTime();
        long result = work.getAsLong();
        timings.computeIfAbsent(action, a -> new ArrayList<>()).add(System.nanoTime() - start);
        return result;
    }
}
