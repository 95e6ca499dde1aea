package fr.recueil.chapter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a chapter's history: who moved it, when, from which state to which, and why. */
@Entity
@Table(name = "chapter_transition")
public class ChapterTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private WorkflowVerb verb;
    @Enumerated(EnumType.STRING)
    private ChapterState fromState;
    @Enumerated(EnumType.STRING)
    private ChapterState toState;
    private String actor;
    private Instant occurredAt;
    private String reason;
    private Integer revision;

    protected ChapterTransition() {
    }

    ChapterTransition(WorkflowVerb verb, ChapterState from, ChapterState to, String actor, Instant occurredAt,
                      String reason, Integer revision) {
        this.verb = verb;
        this.fromState = from;
        this.toState = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.revision = revision;
    }

    public Long getId() {
        return id;
    }

    public WorkflowVerb getVerb() {
        return verb;
    }

    public ChapterState getFromState() {
        return fromState;
    }

    public ChapterState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** Null unless the transition sends work back (return, request changes, reopen). */
    public String getReason() {
        return reason;
    }

    /** The revision stored by this transition (submit, approve), or null. */
    public Integer getRevision() {
        return revision;
    }
}
