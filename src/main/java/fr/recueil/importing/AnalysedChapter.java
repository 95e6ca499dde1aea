package fr.recueil.importing;

import fr.recueil.chapter.content.ChapterContent;

import java.util.List;
import java.util.Map;

/**
 * One chapter of the document as the analysis understood it: its heading, the direction or
 * transversal entry proposed for it (null when none matched), its content as blocks (pictures
 * referenced by negative temporary ids until the import stores them) and its warnings.
 */
public record AnalysedChapter(int index, String heading, ImportTarget proposed, ChapterContent content,
                              Map<Long, PendingImage> images, BlockCounts counts, List<ImportWarning> warnings,
                              int characters) {

    public AnalysedChapter {
        images = Map.copyOf(images);
        warnings = List.copyOf(warnings);
    }
}
