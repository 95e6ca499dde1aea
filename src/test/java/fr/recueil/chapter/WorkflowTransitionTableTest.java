package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Translations;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.organisation.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every state × every verb × every kind of actor, own direction and another one: each case is
 * either allowed, with the right target state, history and snapshot, or refused with the right
 * French message. The expected table is written here again, from the product brief, on purpose.
 */
class WorkflowTransitionTableTest {

    private static final long OWN = 1L;
    private static final long OTHER = 2L;
    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

    enum Who {
        CONTRIBUTOR_OWN(Set.of(Role.CONTRIBUTOR), OWN),
        CONTRIBUTOR_OTHER(Set.of(Role.CONTRIBUTOR), OTHER),
        DIRECTOR_OWN(Set.of(Role.DIRECTOR), OWN),
        DIRECTOR_OTHER(Set.of(Role.DIRECTOR), OTHER),
        REVIEWER(Set.of(Role.REVIEWER), null),
        COMMUNICATION(Set.of(Role.COMMUNICATION), null),
        ADMIN(Set.of(Role.ADMIN), null);

        final Actor actor;

        Who(Set<Role> roles, Long direction) {
            this.actor = new Actor(name().toLowerCase(), roles, direction == null ? Set.of() : Set.of(direction));
        }
    }

    /** From the brief: the states each verb starts from. */
    private static final Map<WorkflowVerb, Set<ChapterState>> FROM = Map.of(
            WorkflowVerb.SUBMIT, EnumSet.of(ChapterState.DRAFT, ChapterState.CHANGES_REQUESTED),
            WorkflowVerb.VALIDATE, EnumSet.of(ChapterState.DIRECTOR_VALIDATION),
            WorkflowVerb.RETURN, EnumSet.of(ChapterState.DIRECTOR_VALIDATION),
            WorkflowVerb.RECALL, EnumSet.of(ChapterState.SUBMITTED),
            WorkflowVerb.START_REVIEW, EnumSet.of(ChapterState.SUBMITTED),
            WorkflowVerb.REQUEST_CHANGES, EnumSet.of(ChapterState.IN_REVIEW),
            WorkflowVerb.APPROVE, EnumSet.of(ChapterState.IN_REVIEW, ChapterState.SUBMITTED),
            WorkflowVerb.REOPEN, EnumSet.of(ChapterState.APPROVED));

    /** From the brief: who may make each transition. */
    private static final Map<WorkflowVerb, Set<Who>> WHO = Map.of(
            WorkflowVerb.SUBMIT, EnumSet.of(Who.CONTRIBUTOR_OWN, Who.DIRECTOR_OWN),
            WorkflowVerb.VALIDATE, EnumSet.of(Who.DIRECTOR_OWN),
            WorkflowVerb.RETURN, EnumSet.of(Who.DIRECTOR_OWN),
            WorkflowVerb.RECALL, EnumSet.of(Who.CONTRIBUTOR_OWN, Who.DIRECTOR_OWN),
            WorkflowVerb.START_REVIEW, EnumSet.of(Who.REVIEWER),
            WorkflowVerb.REQUEST_CHANGES, EnumSet.of(Who.REVIEWER),
            WorkflowVerb.APPROVE, EnumSet.of(Who.REVIEWER),
            WorkflowVerb.REOPEN, EnumSet.of(Who.REVIEWER, Who.ADMIN));

    private static final Map<WorkflowVerb, String> WHO_LABEL = Map.of(
            WorkflowVerb.SUBMIT, "un membre de la direction",
            WorkflowVerb.VALIDATE, "le directeur de la direction",
            WorkflowVerb.RETURN, "le directeur de la direction",
            WorkflowVerb.RECALL, "un membre de la direction",
            WorkflowVerb.START_REVIEW, "un relecteur DEMO",
            WorkflowVerb.REQUEST_CHANGES, "un relecteur DEMO",
            WorkflowVerb.APPROVE, "un relecteur DEMO",
            WorkflowVerb.REOPEN, "un relecteur DEMO ou un administrateur");

    private static final Set<WorkflowVerb> WITH_REASON = EnumSet.of(WorkflowVerb.RETURN, WorkflowVerb.REQUEST_CHANGES,
            WorkflowVerb.REOPEN);
    private static final Set<WorkflowVerb> WITH_SNAPSHOT = EnumSet.of(WorkflowVerb.SUBMIT, WorkflowVerb.APPROVE);

    static Stream<Arguments> everyCase() {
        List<Arguments> cases = new ArrayList<>();
        for (ChapterState state : ChapterState.values()) {
            for (WorkflowVerb verb : FROM.keySet()) {
                for (Who who : Who.values()) {
                    for (boolean directorValidation : new boolean[]{false, true}) {
                        if (directorValidation && verb != WorkflowVerb.SUBMIT) {
                            continue;
                        }
                        cases.add(Arguments.of(state, verb, who, directorValidation));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} · {1} by {2} (director validation: {3})")
    @MethodSource("everyCase")
    void each_case_is_allowed_with_the_right_result_or_refused_with_the_right_message(ChapterState state, WorkflowVerb verb,
                                                                                      Who who, boolean directorValidation) {
        Chapter chapter = chapterIn(state);
        WorkflowRules rules = new WorkflowRules(2024, CampaignStatus.OPEN, directorValidation);
        long versionBefore = chapter.getVersion();

        if (!FROM.get(verb).contains(state)) {
            assertRefused(chapter, verb, who, rules, "Impossible de " + french(verb) + " un chapitre « " + french(state) + " ».");
        } else if (!WHO.get(verb).contains(who)) {
            assertRefused(chapter, verb, who, rules, "Seul " + WHO_LABEL.get(verb) + " peut " + french(verb) + " ce chapitre.");
        } else {
            apply(chapter, verb, who.actor, rules, "Le motif");
            ChapterState expected = target(verb, directorValidation);
            assertThat(chapter.getState()).isEqualTo(expected);
            ChapterTransition last = chapter.getHistory().getLast();
            assertThat(last.getVerb()).isEqualTo(verb);
            assertThat(last.getActor()).isEqualTo(who.actor.login());
            assertThat(last.getFromState()).isEqualTo(state);
            assertThat(last.getToState()).isEqualTo(expected);
            assertThat(last.getOccurredAt()).isEqualTo(NOW);
            assertThat(last.getReason()).isEqualTo(WITH_REASON.contains(verb) ? "Le motif" : null);
            assertThat(chapter.getStateSince()).isEqualTo(NOW);
            assertThat(chapter.revisionsTaken()).hasSize(WITH_SNAPSHOT.contains(verb) ? 1 : 0);
            assertThat(chapter.getVersion()).isEqualTo(versionBefore);
        }
    }

    @ParameterizedTest(name = "{0} needs a reason")
    @MethodSource("verbsWithReason")
    void sending_work_back_needs_a_reason(WorkflowVerb verb) {
        ChapterState from = FROM.get(verb).iterator().next();
        Who who = WHO.get(verb).iterator().next();
        Chapter chapter = chapterIn(from);

        assertThatThrownBy(() -> apply(chapter, verb, who.actor, new WorkflowRules(2024, CampaignStatus.OPEN, false), "  "))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Indiquez le motif : il est obligatoire pour " + french(verb) + " un chapitre.");
        assertThat(chapter.getState()).isEqualTo(from);
        assertThat(chapter.getHistory()).isEmpty();
    }

    static Stream<WorkflowVerb> verbsWithReason() {
        return WITH_REASON.stream();
    }

    @ParameterizedTest(name = "{0} is frozen once published")
    @MethodSource("everyVerb")
    void nothing_moves_once_the_campaign_is_published(WorkflowVerb verb) {
        ChapterState from = FROM.get(verb).iterator().next();
        Who who = WHO.get(verb).iterator().next();
        Chapter chapter = chapterIn(from);

        assertThatThrownBy(() -> apply(chapter, verb, who.actor, new WorkflowRules(2024, CampaignStatus.PUBLISHED, false), "motif"))
                .hasMessage("La campagne 2024 est publiée : impossible de "
                        + fr.recueil.base.Translations.get(java.util.Locale.FRENCH, "workflow.verb." + verb.name()) + " un de ses chapitres.");
        assertThat(chapter.getState()).isEqualTo(from);
    }

    static Stream<WorkflowVerb> everyVerb() {
        return FROM.keySet().stream();
    }

    @Test
    void submitting_with_empty_required_blocks_is_refused_and_names_them() {
        Chapter chapter = new Chapter(1, 1, OWN, "Direction", ChapterTemplate.forKind(fr.recueil.campaign.OutlineEntryKind.DIRECTION), NOW, "x");

        assertThatThrownBy(() -> chapter.submit(Who.CONTRIBUTOR_OWN.actor, new WorkflowRules(2024, CampaignStatus.OPEN, false), NOW))
                .hasMessage("Le chapitre ne peut pas être soumis : 3 blocs obligatoires sont vides (« Missions de la direction », "
                        + "« Les chiffres clés de l'année », « Les grandes réalisations de l'année »). Remplissez-les puis soumettez à nouveau.");
        assertThat(chapter.getState()).isEqualTo(ChapterState.DRAFT);
    }

    @Test
    void the_reviewer_who_starts_the_review_is_assigned() {
        Chapter chapter = chapterIn(ChapterState.SUBMITTED);

        chapter.startReview(Who.REVIEWER.actor, new WorkflowRules(2024, CampaignStatus.OPEN, false), NOW);

        assertThat(chapter.getAssignee()).isEqualTo("reviewer");
    }

    @Test
    void a_snapshot_numbers_itself_and_keeps_the_content_of_that_moment() {
        Chapter chapter = chapterIn(ChapterState.DRAFT);
        WorkflowRules rules = new WorkflowRules(2024, CampaignStatus.OPEN, false);

        chapter.submit(Who.CONTRIBUTOR_OWN.actor, rules, NOW);
        ChapterRevision submitted = chapter.revisionsTaken().getLast();
        chapter.approve(Who.REVIEWER.actor, rules, NOW);
        ChapterRevision approved = chapter.revisionsTaken().getLast();

        assertThat(submitted.getNumber()).isEqualTo(1);
        assertThat(submitted.getKind()).isEqualTo(ChapterRevision.Kind.SUBMITTED);
        assertThat(approved.getNumber()).isEqualTo(2);
        assertThat(approved.getContent()).isEqualTo(chapter.getContent());
        assertThat(chapter.getHistory().getLast().getRevision()).isEqualTo(2);
    }

    private static void assertRefused(Chapter chapter, WorkflowVerb verb, Who who, WorkflowRules rules, String message) {
        ChapterState before = chapter.getState();
        assertThatThrownBy(() -> apply(chapter, verb, who.actor, rules, "Le motif"))
                .isInstanceOf(BusinessException.class)
                .hasMessage(message);
        assertThat(chapter.getState()).isEqualTo(before);
        assertThat(chapter.getHistory()).isEmpty();
        assertThat(chapter.revisionsTaken()).isEmpty();
    }

    private static void apply(Chapter chapter, WorkflowVerb verb, Actor actor, WorkflowRules rules, String reason) {
        chapter.perform(verb, actor, rules, NOW, reason);
    }

    private static ChapterState target(WorkflowVerb verb, boolean directorValidation) {
        return switch (verb) {
            case SUBMIT -> directorValidation ? ChapterState.DIRECTOR_VALIDATION : ChapterState.SUBMITTED;
            case VALIDATE -> ChapterState.SUBMITTED;
            case RETURN, RECALL -> ChapterState.DRAFT;
            case START_REVIEW -> ChapterState.IN_REVIEW;
            case REQUEST_CHANGES, REOPEN -> ChapterState.CHANGES_REQUESTED;
            case APPROVE -> ChapterState.APPROVED;
            case IMPORT -> throw new IllegalArgumentException();
        };
    }

    private static Chapter chapterIn(ChapterState state) {
        ChapterContent complete = ChapterServiceTest.fullContent(ChapterTemplate.forKind(fr.recueil.campaign.OutlineEntryKind.DIRECTION));
        Chapter chapter = new Chapter(10, 20, OWN, "Direction de test", complete, NOW.minusSeconds(3600), "x");
        ReflectionTestUtils.setField(chapter, "id", 5L);
        ReflectionTestUtils.setField(chapter, "state", state);
        return chapter;
    }

    private static String french(fr.recueil.base.Translatable value) {
        return Translations.french(value.labelKey());
    }
}
