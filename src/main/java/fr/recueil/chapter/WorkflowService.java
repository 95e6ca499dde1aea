package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.chapter.Actor;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterRepository;
import fr.recueil.chapter.ChapterRevision;
import fr.recueil.chapter.ChapterRevisionRepository;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterTransition;
import fr.recueil.chapter.WorkflowRules;
import fr.recueil.chapter.WorkflowVerb;
import fr.recueil.security.CurrentUser;
import fr.recueil.security.RecueilUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Runs a transition of a chapter's workflow for the current user: the chapter must be visible to
 * them (else it "does not exist"), unchanged since they looked at it, and the verb itself decides
 * whether the state and the actor allow it. Two people acting at once: one wins, the other is told.
 */
@Service
@Transactional
public class WorkflowService {

    private final ChapterService chapterService;
    private final ChapterRepository chapters;
    private final ChapterRevisionRepository revisions;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkflowService(ChapterService chapterService, ChapterRepository chapters, ChapterRevisionRepository revisions,
                    CampaignService campaigns, CurrentUser currentUser, Clock clock) {
        this.chapterService = chapterService;
        this.chapters = chapters;
        this.revisions = revisions;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Runs a verb that needs no reason (submit, validate, recall, start review, approve). */
    @PreAuthorize("isAuthenticated()")
    public Chapter perform(long chapterId, long expectedVersion, WorkflowVerb verb) {
        return perform(chapterId, expectedVersion, verb, null);
    }

    /** Runs a verb; return, request changes and reopen need the {@code reason}, the others ignore it. */
    @PreAuthorize("isAuthenticated()")
    public Chapter perform(long chapterId, long expectedVersion, WorkflowVerb verb, String reason) {
        Chapter chapter = chapterService.chapter(chapterId);
        if (chapter.getVersion() != expectedVersion) {
            throw new BusinessException("error.workflow.changedMeanwhile", chapter.getUpdatedBy());
        }
        Campaign campaign = campaigns.campaign(chapter.getCampaignId()).orElseThrow();
        WorkflowRules rules = new WorkflowRules(campaign.getYear(), campaign.getStatus(), campaign.isDirectorValidationRequired());
        chapter.perform(verb, actor(), rules, clock.instant(), reason);
        try {
            return chapters.saveAndFlush(chapter);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new BusinessException("error.workflow.concurrent", verb);
        }
    }

    /** Every revision of a chapter, oldest first, for whoever may read the chapter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChapterRevision> revisions(long chapterId) {
        chapterService.chapter(chapterId);
        return revisions.findByChapterIdOrderByNumberAsc(chapterId);
    }

    /** The chapter's history, oldest first, for whoever may read the chapter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChapterTransition> history(long chapterId) {
        return List.copyOf(chapterService.chapter(chapterId).getHistory());
    }

    private Actor actor() {
        RecueilUser user = currentUser.require();
        return new Actor(user.getUsername(), user.roles(), user.directionIds());
    }
}
