package fr.recueil.chapter;

/**
 * A chapter as the consolidated report takes it: where it stands, and the approved revision the
 * report prints (null while the chapter is not approved).
 */
public record ReportChapter(long chapterId, long outlineEntryId, ChapterState state, ChapterRevision approvedRevision) {

    public boolean approved() {
        return approvedRevision != null;
    }
}
