package fr.recueil.assembly;

import fr.recueil.chapter.ChapterState;

/**
 * One chapter of the outline as an export took it: the approved revision it printed, or, in a
 * draft, why it is missing (its state).
 *
 * @param chapterId null when the campaign has no chapter for this entry yet
 * @param state     null when there is no chapter
 * @param revision  the number of the approved revision printed; null when the chapter is not in the export
 */
public record ManifestEntry(int annexNumber, long outlineEntryId, Long chapterId, String title, String writtenBy,
                            ChapterState state, Integer revision) {

    public boolean included() {
        return revision != null;
    }
}
