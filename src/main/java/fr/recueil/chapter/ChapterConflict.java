package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.content.ChapterContent;

import java.time.Instant;

/**
 * Someone else saved the chapter since this user opened it. Carries their version, so that the
 * user can compare it with their own text, side by side, and choose: nothing is discarded.
 */
public class ChapterConflict extends BusinessException {

    private final transient ChapterContent theirContent;
    private final long theirVersion;
    private final String theirAuthor;
    private final Instant theirTime;

    ChapterConflict(Chapter current) {
        super("error.chapter.conflict", current.getUpdatedBy());
        this.theirContent = current.getContent();
        this.theirVersion = current.getVersion();
        this.theirAuthor = current.getUpdatedBy();
        this.theirTime = current.getUpdatedAt();
    }

    public ChapterContent theirContent() {
        return theirContent;
    }

    public long theirVersion() {
        return theirVersion;
    }

    public String theirAuthor() {
        return theirAuthor;
    }

    public Instant theirTime() {
        return theirTime;
    }
}
