package fr.recueil.testing;

import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.chapter.WorkflowService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts the chapters of directions no other test uses (DEVP, DAIST, DSEA, DVM) in the state a test
 * needs, whatever state an earlier test left them in, through the real workflow. Each test gets
 * its own contributors, created by the administrator.
 */
@Component
public class WorkflowFixture {

    public static final String REVIEWER = "relecteur.demo";

    private final Actors actors;
    private final UserService users;
    private final OrganisationService organisation;
    private final CampaignService campaigns;
    private final ChapterService chapters;
    private final WorkflowService workflow;

    WorkflowFixture(Actors actors, UserService users, OrganisationService organisation, CampaignService campaigns,
                    ChapterService chapters, WorkflowService workflow) {
        this.actors = actors;
        this.users = users;
        this.organisation = organisation;
        this.campaigns = campaigns;
        this.chapters = chapters;
        this.workflow = workflow;
    }

    public Direction direction(String shortName) {
        return SystemActor.call(() -> organisation.directions()).stream()
                .filter(d -> d.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    public Campaign campaign() {
        return SystemActor.call(() -> campaigns.currentCampaign().orElseThrow());
    }

    /** A new contributor of these directions; their login. */
    public String contributor(String... shortNames) {
        String login = "test.board." + UUID.randomUUID().toString().substring(0, 8);
        Set<Long> directions = Arrays.stream(shortNames).map(s -> direction(s).getId()).collect(Collectors.toSet());
        actors.as("admin", () -> users.create(new UserDraft(login, "Agent " + String.join(" ", shortNames),
                login + "@departement.example", Set.of(Role.CONTRIBUTOR), directions), "recueil-test-2026-secret"));
        return login;
    }

    public Chapter chapter(String shortName) {
        long directionId = direction(shortName).getId();
        long campaignId = campaign().getId();
        return actors.as("admin", () -> chapters.chaptersOf(campaignId).stream()
                .filter(c -> c.directionId() == directionId).findFirst()
                .map(c -> chapters.chapter(c.id())).orElseThrow());
    }

    /** Brings the direction's chapter to this state; the current security context is kept. */
    public Chapter bring(String shortName, ChapterState target) {
        return bring(shortName, target, REVIEWER, "Complétez le bilan de l'année.");
    }

    public Chapter bring(String shortName, ChapterState target, String reviewer, String reason) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            String writer = contributor(shortName);
            Chapter chapter = chapter(shortName);
            // Back to something editable.
            switch (chapter.getState()) {
                case APPROVED -> actors.as("admin", () -> workflow.perform(chapter.getId(), chapter.getVersion(), WorkflowVerb.REOPEN, "Reprise pour un test."));
                case IN_REVIEW -> actors.as(reviewer, () -> workflow.perform(chapter.getId(), chapter.getVersion(), WorkflowVerb.REQUEST_CHANGES, "Reprise pour un test."));
                case SUBMITTED -> actors.as(writer, () -> workflow.perform(chapter.getId(), chapter.getVersion(), WorkflowVerb.RECALL));
                case DIRECTOR_VALIDATION -> throw new IllegalStateException("no director validation in the demo campaign");
                default -> { }
            }
            Chapter editable = chapter(shortName);
            actors.as(writer, () -> chapters.save(editable.getId(), editable.getVersion(),
                    SampleContent.complete(editable.getContent())));
            if (target == ChapterState.DRAFT) {
                Chapter saved = chapter(shortName);
                if (saved.getState() == ChapterState.DRAFT) {
                    return saved;
                }
                Chapter sent = actors.as(writer, () -> workflow.perform(saved.getId(), saved.getVersion(), WorkflowVerb.SUBMIT));
                return actors.as(writer, () -> workflow.perform(sent.getId(), sent.getVersion(), WorkflowVerb.RECALL));
            }
            Chapter submitted = actors.as(writer, () -> workflow.perform(editable.getId(), chapter(shortName).getVersion(), WorkflowVerb.SUBMIT));
            return switch (target) {
                case SUBMITTED -> submitted;
                case IN_REVIEW -> actors.as(reviewer, () -> workflow.perform(submitted.getId(), submitted.getVersion(), WorkflowVerb.START_REVIEW));
                case APPROVED -> actors.as(reviewer, () -> workflow.perform(submitted.getId(), submitted.getVersion(), WorkflowVerb.APPROVE));
                case CHANGES_REQUESTED -> actors.as(reviewer, () -> {
                    Chapter inReview = workflow.perform(submitted.getId(), submitted.getVersion(), WorkflowVerb.START_REVIEW);
                    return workflow.perform(inReview.getId(), inReview.getVersion(), WorkflowVerb.REQUEST_CHANGES, reason);
                });
                default -> throw new IllegalArgumentException(target.name());
            };
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
