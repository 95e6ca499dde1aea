package fr.recueil.chapter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores the snapshots a chapter took, when the chapter is saved: Spring Data publishes the
 * aggregate's events on {@code save}, in the saving transaction, before its transition events.
 */
@Component
class RevisionRecorder {

    private final ChapterRevisionRepository revisions;

    RevisionRecorder(ChapterRevisionRepository revisions) {
        this.revisions = revisions;
    }

    @EventListener
    void on(Chapter.RevisionTaken taken) {
        revisions.save(taken.revision());
    }
}
