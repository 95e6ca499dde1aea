package fr.recueil.export;

import fr.recueil.chapter.ChapterState;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of an export's manifest: a chapter of the outline and the approved revision the export
 * printed (none when a draft went without it).
 */
@Embeddable
public class ExportedChapter {

    private int annexNumber;
    private long outlineEntryId;
    private Long chapterId;
    private String title;
    private String writtenBy;
    @Enumerated(EnumType.STRING)
    private ChapterState state;
    private Integer revision;

    protected ExportedChapter() {
    }

    ExportedChapter(int annexNumber, long outlineEntryId, Long chapterId, String title, String writtenBy,
                    ChapterState state, Integer revision) {
        this.annexNumber = annexNumber;
        this.outlineEntryId = outlineEntryId;
        this.chapterId = chapterId;
        this.title = title;
        this.writtenBy = writtenBy;
        this.state = state;
        this.revision = revision;
    }

    public int getAnnexNumber() {
        return annexNumber;
    }

    public long getOutlineEntryId() {
        return outlineEntryId;
    }

    public Long getChapterId() {
        return chapterId;
    }

    public String getTitle() {
        return title;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    /** The chapter's state at export time; null when the campaign had no chapter for the entry. */
    public ChapterState getState() {
        return state;
    }

    /** The approved revision printed, or null when the export went without this chapter. */
    public Integer getRevision() {
        return revision;
    }

    public boolean isIncluded() {
        return revision != null;
    }
}
