package fr.recueil.chapter;

/**
 * What happened to a chapter, published after each transition (past tense). Listeners (the
 * notifications, the audit log, the export archive) react to them.
 */
public final class ChapterEvents {

    private ChapterEvents() {
    }

    /** Common facts of every transition event. */
    public sealed interface ChapterTransitioned permits Submitted, Validated, Returned, Recalled, ReviewStarted,
            ChangesRequested, Approved, Reopened {
        long chapterId();

        long campaignId();

        long directionId();

        String actor();

        ChapterState from();

        ChapterState to();
    }

    public record Submitted(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                            ChapterState to, int revision) implements ChapterTransitioned {
    }

    public record Validated(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                            ChapterState to) implements ChapterTransitioned {
    }

    public record Returned(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                           ChapterState to, String reason) implements ChapterTransitioned {
    }

    public record Recalled(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                           ChapterState to) implements ChapterTransitioned {
    }

    public record ReviewStarted(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                                ChapterState to) implements ChapterTransitioned {
    }

    public record ChangesRequested(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                                   ChapterState to, String reason) implements ChapterTransitioned {
    }

    public record Approved(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                           ChapterState to, int revision) implements ChapterTransitioned {
    }

    public record Reopened(long chapterId, long campaignId, long directionId, String actor, ChapterState from,
                           ChapterState to, String reason) implements ChapterTransitioned {
    }
}
