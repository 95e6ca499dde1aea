package fr.recueil.home;

import fr.recueil.chapter.WorkflowService;
import fr.recueil.chapter.BulkApproval;
import fr.recueil.base.audit.AuditLog;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translations;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.ChapterTransition;
import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.testing.Actors;
import fr.recueil.testing.WorkflowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import fr.recueil.chapter.ChapterService;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.UserService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ChapterBoardTest {

    @Autowired
    private ChapterBoard board;
    @Autowired
    private BulkApproval bulk;
    @Autowired
    private AuditLog audit;
    @Autowired
    private WorkflowService workflow;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ChapterService chapters;
    @Autowired
    private OrganisationService organisation;
    @Autowired
    private UserService users;
    @Autowired
    private Actors actors;
    @Autowired
    private WorkflowFixture fixture;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_board_counts_every_chapter_by_state_and_pole_and_filters_its_rows() {
        Chapter dsea = fixture.bring("DSEA", ChapterState.SUBMITTED);
        Chapter devp = fixture.bring("DEVP", ChapterState.IN_REVIEW);
        Chapter daist = fixture.bring("DAIST", ChapterState.APPROVED);
        actors.loginAs("communication");

        ChapterBoard.Board all = board.current(ChapterBoard.Filter.ALL).orElseThrow();
        assertThat(all.rows()).hasSize(all.total());
        assertThat(all.countsByState().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.total());
        assertThat(all.poles().stream().mapToInt(ChapterBoard.PoleCount::total).sum()).isEqualTo(all.total());
        assertThat(all.approved()).isEqualTo(all.countsByState().get(ChapterState.APPROVED)).isPositive();
        assertThat(all.progress()).isEqualTo((double) all.approved() / all.total());
        assertThat(all.rows()).extracting(ChapterBoard.Row::annexNumber).isSorted();

        ChapterBoard.Row devpRow = row(all, devp.getId());
        assertThat(devpRow.state()).isEqualTo(ChapterState.IN_REVIEW);
        assertThat(devpRow.assignee()).isEqualTo("relecteur.demo");
        assertThat(devpRow.assigneeName()).isEqualTo("Sophie Leroy");
        assertThat(devpRow.directionShortName()).isEqualTo("DEVP");
        assertThat(row(all, dsea.getId()).state()).isEqualTo(ChapterState.SUBMITTED);
        assertThat(row(all, daist.getId()).state()).isEqualTo(ChapterState.APPROVED);

        assertThat(board.current(ChapterBoard.Filter.states(ChapterState.SUBMITTED)).orElseThrow().rows())
                .allMatch(r -> r.state() == ChapterState.SUBMITTED)
                .anyMatch(r -> r.id() == dsea.getId())
                .noneMatch(r -> r.id() == devp.getId());
        assertThat(board.current(new ChapterBoard.Filter(null, false, Set.of(), "relecteur.demo", false)).orElseThrow().rows())
                .allMatch(r -> "relecteur.demo".equals(r.assignee()))
                .anyMatch(r -> r.id() == devp.getId());
        Long devpPole = devpRow.poleId();
        assertThat(board.current(new ChapterBoard.Filter(devpPole, false, Set.of(), null, false)).orElseThrow().rows())
                .allMatch(r -> devpPole.equals(r.poleId()))
                .anyMatch(r -> r.id() == devp.getId());
        assertThat(board.current(new ChapterBoard.Filter(null, true, Set.of(), null, false)).orElseThrow().rows())
                .allMatch(r -> r.poleId() == null);
    }

    @Test
    void red_amber_green_and_days_in_state_follow_the_clock() {
        Chapter dsea = fixture.bring("DSEA", ChapterState.SUBMITTED);
        Chapter daist = fixture.bring("DAIST", ChapterState.APPROVED);
        LocalDate deadline = fixture.campaign().deadlineFor(fixture.direction("DSEA").getId());
        actors.loginAs("relecteur.demo");

        ChapterBoard.Board late = at(deadline.plusDays(1)).current(ChapterBoard.Filter.ALL).orElseThrow();
        assertThat(row(late, dsea.getId()).rag()).isEqualTo(ChapterBoard.Rag.RED);
        assertThat(row(late, dsea.getId()).daysLeft()).isEqualTo(-1);
        assertThat(row(late, daist.getId()).rag()).isEqualTo(ChapterBoard.Rag.GREEN);
        long daysSinceSubmission = java.time.temporal.ChronoUnit.DAYS.between(
                dsea.getStateSince().atZone(ZoneId.systemDefault()).toLocalDate(), deadline.plusDays(1));
        assertThat(row(late, dsea.getId()).daysInState()).isEqualTo(daysSinceSubmission);
        assertThat(at(deadline.plusDays(1)).current(new ChapterBoard.Filter(null, false, Set.of(), null, true)).orElseThrow().rows())
                .allMatch(ChapterBoard.Row::overdue)
                .anyMatch(r -> r.id() == dsea.getId())
                .noneMatch(r -> r.id() == daist.getId());

        assertThat(row(at(deadline.minusDays(3)).current(ChapterBoard.Filter.ALL).orElseThrow(), dsea.getId()).rag())
                .isEqualTo(ChapterBoard.Rag.AMBER);
        assertThat(row(at(deadline.minusDays(7)).current(ChapterBoard.Filter.ALL).orElseThrow(), dsea.getId()).rag())
                .isEqualTo(ChapterBoard.Rag.AMBER);
        assertThat(row(at(deadline.minusDays(8)).current(ChapterBoard.Filter.ALL).orElseThrow(), dsea.getId()).rag())
                .isEqualTo(ChapterBoard.Rag.GREEN);
    }

    @Test
    void bulk_approval_approves_each_chapter_on_its_own_and_reports_the_refusals() {
        Chapter dvm = fixture.bring("DVM", ChapterState.SUBMITTED);
        Chapter devp = fixture.bring("DEVP", ChapterState.IN_REVIEW);
        Chapter daist = fixture.bring("DAIST", ChapterState.APPROVED);
        Chapter dsea = fixture.bring("DSEA", ChapterState.SUBMITTED);
        actors.loginAs("relectrice.demo");

        List<BulkApproval.Outcome> outcomes = bulk.approve(List.of(
                new BulkApproval.Item(dvm.getId(), dvm.getVersion(), dvm.getTitle()),
                new BulkApproval.Item(daist.getId(), daist.getVersion(), daist.getTitle()),
                new BulkApproval.Item(dsea.getId(), dsea.getVersion() - 1, dsea.getTitle()),
                new BulkApproval.Item(devp.getId(), devp.getVersion(), devp.getTitle())));

        assertThat(outcomes).extracting(BulkApproval.Outcome::approved).containsExactly(true, false, false, true);
        BusinessException alreadyApproved = (BusinessException) outcomes.get(1).failure();
        assertThat(Translations.get(Locale.FRENCH, alreadyApproved.messageKey(), alreadyApproved.arguments()))
                .isEqualTo("Impossible de valider un chapitre « Validé ».");
        assertThat(((BusinessException) outcomes.get(2).failure()).messageKey()).isEqualTo("error.workflow.changedMeanwhile");
        for (Chapter approved : List.of(dvm, devp)) {
            ChapterTransition last = workflow.history(approved.getId()).getLast();
            assertThat(last.getVerb()).isEqualTo(WorkflowVerb.APPROVE);
            assertThat(last.getActor()).isEqualTo("relectrice.demo");
        }
        assertThat(workflow.history(daist.getId()).getLast().getActor()).isEqualTo(WorkflowFixture.REVIEWER);
        assertThat(fixture.chapter("DSEA").getState()).isEqualTo(ChapterState.SUBMITTED);
    }

    @Test
    void the_audit_log_joins_transitions_and_administrative_changes_and_exports_them_for_excel() {
        String login = fixture.contributor("DVM");
        Chapter dvm = fixture.bring("DVM", ChapterState.APPROVED);
        actors.loginAs("admin");

        List<AuditLog.Entry> transitions = audit.entries(new AuditLog.Filter(LocalDate.now().minusDays(1), LocalDate.now(),
                "relecteur", AuditLog.Kind.TRANSITION, dvm.getTitle()));
        assertThat(transitions).isNotEmpty().allMatch(e -> e.kind() == AuditLog.Kind.TRANSITION && e.actor().contains("relecteur"));
        assertThat(transitions.getFirst().action()).isEqualTo("APPROVE");
        assertThat(transitions.getFirst().chapterId()).isEqualTo(dvm.getId());
        assertThat(transitions).extracting(AuditLog.Entry::occurredAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<AuditLog.Entry> administration = audit.entries(new AuditLog.Filter(null, null, null, AuditLog.Kind.ADMINISTRATION, login));
        assertThat(administration).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("USER_CREATED");
            assertThat(e.actor()).isEqualTo("admin");
        });
        assertThat(audit.entries(new AuditLog.Filter(LocalDate.now().plusDays(1), null, null, null, null))).isEmpty();

        byte[] csv = audit.csv(new AuditLog.Filter(null, null, null, null, dvm.getTitle()), Locale.FRENCH,
                key -> Translations.get(Locale.FRENCH, key));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("\"Date\";\"Type\";\"Auteur\";\"Action\";\"Objet\";\"Détail\"");
        assertThat(lines[1]).contains(";\"Chapitre\";\"relecteur.demo\";\"valider\";\"" + dvm.getTitle() + "\";\"Soumis → Validé\"");
        assertThat(lines).hasSize(1 + audit.entries(new AuditLog.Filter(null, null, null, null, dvm.getTitle())).size());
    }

    @Test
    void only_administrators_read_the_audit_log_and_only_reviewers_approve_in_bulk() {
        actors.loginAs("contributeur.dasipe");
        assertThatThrownBy(() -> audit.entries(AuditLog.Filter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.approve(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.current(ChapterBoard.Filter.ALL)).isInstanceOf(AccessDeniedException.class);
        actors.loginAs("relecteur.demo");
        assertThatThrownBy(() -> audit.entries(AuditLog.Filter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    private ChapterBoard at(LocalDate day) {
        Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return new ChapterBoard(chapters, organisation, users, campaigns, fixed);
    }

    private static ChapterBoard.Row row(ChapterBoard.Board board, long chapterId) {
        return board.rows().stream().filter(r -> r.id() == chapterId).findFirst().orElseThrow();
    }
}
