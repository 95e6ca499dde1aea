package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.campaign.CampaignStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A direction's chapter of one campaign: its blocks, its state in the workflow, and who last
 * changed it. The version number detects concurrent edits.
 * <p>
 * The chapter owns its workflow: each transition is a verb that checks the current state and the
 * actor's right, records a history entry, takes a snapshot where the workflow says so, and
 * registers a past-tense event, published when the chapter is saved.
 */
@Entity
public class Chapter extends AbstractAggregateRoot<Chapter> {

    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long outlineEntryId;
    private Long directionId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ChapterState state = ChapterState.DRAFT;
    @Convert(converter = ContentJson.class)
    @Column(columnDefinition = "text")
    private ChapterContent content;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;
    private String assignee;
    private Instant stateSince;
    private int lastRevision;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "chapter_id", nullable = false, updatable = false)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ChapterTransition> history = new ArrayList<>();

    protected Chapter() {
    }

    Chapter(long campaignId, long outlineEntryId, long directionId, String title, ChapterContent content,
            Instant now, String actor) {
        this.campaignId = campaignId;
        this.outlineEntryId = outlineEntryId;
        this.directionId = directionId;
        this.title = title;
        this.content = content;
        this.updatedAt = now;
        this.updatedBy = actor;
        this.stateSince = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getOutlineEntryId() {
        return outlineEntryId;
    }

    public Long getDirectionId() {
        return directionId;
    }

    public String getTitle() {
        return title;
    }

    public ChapterState getState() {
        return state;
    }

    public ChapterContent getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /** The reviewer who took the chapter in review, or null. */
    public String getAssignee() {
        return assignee;
    }

    /** Since when the chapter is in its current state. */
    public Instant getStateSince() {
        return stateSince;
    }

    /** The number of the latest revision (0 before the first submission). */
    public int getLastRevision() {
        return lastRevision;
    }

    public List<ChapterTransition> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /**
     * A snapshot taken by a transition. It travels with the chapter's domain events, so that saving
     * the chapter through its repository stores it ({@link RevisionRecorder}): no caller has to.
     */
    record RevisionTaken(ChapterRevision revision) {
    }

    /** The snapshots taken since the chapter was last saved, oldest first. */
    List<ChapterRevision> revisionsTaken() {
        return domainEvents().stream().filter(RevisionTaken.class::isInstance)
                .map(event -> ((RevisionTaken) event).revision()).toList();
    }

    // --- the workflow

    /**
     * Members send their chapter to review: to their director first when the campaign asks for it.
     * Refused while required blocks are empty or key figures wait for their value (or for the reason
     * they are not available), naming them: the same list as the editor's completeness panel.
     */
    public void submit(Actor actor, WorkflowRules rules, Instant now) {
        requireOpen(rules, WorkflowVerb.SUBMIT);
        requireState(WorkflowVerb.SUBMIT, ChapterState.DRAFT, ChapterState.CHANGES_REQUESTED);
        requireActor(actor.isMemberOf(directionId), WorkflowVerb.SUBMIT, WorkflowRole.MEMBER);
        if (!content.isComplete()) {
            throw new IncompleteChapter(content.missingRequiredBlocks(), content.missingValues());
        }
        ChapterState target = rules.directorValidationRequired() ? ChapterState.DIRECTOR_VALIDATION : ChapterState.SUBMITTED;
        int revision = snapshot(ChapterRevision.Kind.SUBMITTED, actor, now);
        ChapterState from = move(WorkflowVerb.SUBMIT, target, actor, now, null, revision);
        registerEvent(new ChapterEvents.Submitted(id, campaignId, directionId, actor.login(), from, target, revision));
    }

    /** Runs one of the user's verbs: the one place where a verb becomes its method. */
    public void perform(WorkflowVerb verb, Actor actor, WorkflowRules rules, Instant now, String reason) {
        switch (verb) {
            case SUBMIT -> submit(actor, rules, now);
            case VALIDATE -> validate(actor, rules, now);
            case RETURN -> returnToDraft(actor, rules, now, reason);
            case RECALL -> recall(actor, rules, now);
            case START_REVIEW -> startReview(actor, rules, now);
            case REQUEST_CHANGES -> requestChanges(actor, rules, now, reason);
            case APPROVE -> approve(actor, rules, now);
            case REOPEN -> reopen(actor, rules, now, reason);
            case IMPORT -> throw new IllegalArgumentException("an import is not a user's transition");
        }
    }

    /** The director passes their direction's chapter on to the reviewers. */
    public void validate(Actor actor, WorkflowRules rules, Instant now) {
        requireOpen(rules, WorkflowVerb.VALIDATE);
        requireState(WorkflowVerb.VALIDATE, ChapterState.DIRECTOR_VALIDATION);
        requireActor(actor.isDirectorOf(directionId), WorkflowVerb.VALIDATE, WorkflowRole.DIRECTOR);
        ChapterState from = move(WorkflowVerb.VALIDATE, ChapterState.SUBMITTED, actor, now, null, null);
        registerEvent(new ChapterEvents.Validated(id, campaignId, directionId, actor.login(), from, ChapterState.SUBMITTED));
    }

    /** The director sends the chapter back to its writers, saying why. */
    public void returnToDraft(Actor actor, WorkflowRules rules, Instant now, String reason) {
        requireOpen(rules, WorkflowVerb.RETURN);
        requireState(WorkflowVerb.RETURN, ChapterState.DIRECTOR_VALIDATION);
        requireActor(actor.isDirectorOf(directionId), WorkflowVerb.RETURN, WorkflowRole.DIRECTOR);
        String why = requireReason(reason, WorkflowVerb.RETURN);
        ChapterState from = move(WorkflowVerb.RETURN, ChapterState.DRAFT, actor, now, why, null);
        registerEvent(new ChapterEvents.Returned(id, campaignId, directionId, actor.login(), from, ChapterState.DRAFT, why));
    }

    /** A member takes back a submitted chapter, as long as no reviewer has started on it. */
    public void recall(Actor actor, WorkflowRules rules, Instant now) {
        requireOpen(rules, WorkflowVerb.RECALL);
        requireState(WorkflowVerb.RECALL, ChapterState.SUBMITTED);
        requireActor(actor.isMemberOf(directionId), WorkflowVerb.RECALL, WorkflowRole.MEMBER);
        ChapterState from = move(WorkflowVerb.RECALL, ChapterState.DRAFT, actor, now, null, null);
        registerEvent(new ChapterEvents.Recalled(id, campaignId, directionId, actor.login(), from, ChapterState.DRAFT));
    }

    /** A reviewer takes the chapter: it is assigned to them. */
    public void startReview(Actor actor, WorkflowRules rules, Instant now) {
        requireOpen(rules, WorkflowVerb.START_REVIEW);
        requireState(WorkflowVerb.START_REVIEW, ChapterState.SUBMITTED);
        requireActor(actor.isReviewer(), WorkflowVerb.START_REVIEW, WorkflowRole.REVIEWER);
        ChapterState from = move(WorkflowVerb.START_REVIEW, ChapterState.IN_REVIEW, actor, now, null, null);
        this.assignee = actor.login();
        registerEvent(new ChapterEvents.ReviewStarted(id, campaignId, directionId, actor.login(), from, ChapterState.IN_REVIEW));
    }

    /** The reviewer sends the chapter back, saying what to change. */
    public void requestChanges(Actor actor, WorkflowRules rules, Instant now, String reason) {
        requireOpen(rules, WorkflowVerb.REQUEST_CHANGES);
        requireState(WorkflowVerb.REQUEST_CHANGES, ChapterState.IN_REVIEW);
        requireActor(actor.isReviewer(), WorkflowVerb.REQUEST_CHANGES, WorkflowRole.REVIEWER);
        String why = requireReason(reason, WorkflowVerb.REQUEST_CHANGES);
        ChapterState from = move(WorkflowVerb.REQUEST_CHANGES, ChapterState.CHANGES_REQUESTED, actor, now, why, null);
        registerEvent(new ChapterEvents.ChangesRequested(id, campaignId, directionId, actor.login(), from,
                ChapterState.CHANGES_REQUESTED, why));
    }

    /** A reviewer approves the chapter, in review or straight from submitted. */
    public void approve(Actor actor, WorkflowRules rules, Instant now) {
        requireOpen(rules, WorkflowVerb.APPROVE);
        requireState(WorkflowVerb.APPROVE, ChapterState.IN_REVIEW, ChapterState.SUBMITTED);
        requireActor(actor.isReviewer(), WorkflowVerb.APPROVE, WorkflowRole.REVIEWER);
        int revision = snapshot(ChapterRevision.Kind.APPROVED, actor, now);
        ChapterState from = move(WorkflowVerb.APPROVE, ChapterState.APPROVED, actor, now, null, revision);
        if (assignee == null) {
            assignee = actor.login();
        }
        registerEvent(new ChapterEvents.Approved(id, campaignId, directionId, actor.login(), from, ChapterState.APPROVED, revision));
    }

    /** A reviewer or an administrator reopens an approved chapter, saying why. */
    public void reopen(Actor actor, WorkflowRules rules, Instant now, String reason) {
        requireOpen(rules, WorkflowVerb.REOPEN);
        requireState(WorkflowVerb.REOPEN, ChapterState.APPROVED);
        requireActor(actor.isReviewer() || actor.isAdmin(), WorkflowVerb.REOPEN, WorkflowRole.REVIEWER_OR_ADMIN);
        String why = requireReason(reason, WorkflowVerb.REOPEN);
        ChapterState from = move(WorkflowVerb.REOPEN, ChapterState.CHANGES_REQUESTED, actor, now, why, null);
        registerEvent(new ChapterEvents.Reopened(id, campaignId, directionId, actor.login(), from,
                ChapterState.CHANGES_REQUESTED, why));
    }

    private void requireOpen(WorkflowRules rules, WorkflowVerb verb) {
        if (rules.campaignStatus() == CampaignStatus.PUBLISHED) {
            throw new BusinessException("error.workflow.published", rules.campaignYear(), verb);
        }
    }

    private void requireState(WorkflowVerb verb, ChapterState... allowed) {
        for (ChapterState candidate : allowed) {
            if (state == candidate) {
                return;
            }
        }
        throw new BusinessException("error.workflow.state", verb, state);
    }

    private static void requireActor(boolean allowed, WorkflowVerb verb, WorkflowRole who) {
        if (!allowed) {
            throw new BusinessException("error.workflow.actor", who, verb);
        }
    }

    private static String requireReason(String reason, WorkflowVerb verb) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("error.workflow.reasonRequired", verb);
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessException("error.workflow.reasonTooLong", REASON_MAX, why.length());
        }
        return why;
    }

    private int snapshot(ChapterRevision.Kind kind, Actor actor, Instant now) {
        lastRevision++;
        registerEvent(new RevisionTaken(new ChapterRevision(id, lastRevision, kind, content, now, actor.login())));
        return lastRevision;
    }

    private ChapterState move(WorkflowVerb verb, ChapterState target, Actor actor, Instant now, String reason,
                              Integer revision) {
        ChapterState from = state;
        history.add(new ChapterTransition(verb, from, target, actor.login(), now, reason, revision));
        state = target;
        stateSince = now;
        return from;
    }

    /** Replaces the content after checking it; only while the chapter is a draft or sent back. */
    void edit(ChapterContent newContent, Instant now, String actor) {
        if (!state.isEditable()) {
            throw new BusinessException("error.chapter.notEditable", state);
        }
        ContentRules.check(newContent, content);
        this.content = newContent;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Content brought in as already approved (last year's published report, an imported document). */
    void loadApproved(ChapterContent approvedContent, Instant now, String actor, String note) {
        ContentRules.check(approvedContent, ChapterContent.empty());
        this.content = approvedContent;
        this.updatedAt = now;
        this.updatedBy = actor;
        lastRevision++;
        registerEvent(new RevisionTaken(new ChapterRevision(id, lastRevision, ChapterRevision.Kind.IMPORTED, approvedContent, now, actor)));
        history.add(new ChapterTransition(WorkflowVerb.IMPORT, state, ChapterState.APPROVED, actor, now, note, lastRevision));
        this.state = ChapterState.APPROVED;
        this.stateSince = now;
    }
}
