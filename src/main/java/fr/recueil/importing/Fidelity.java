package fr.recueil.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Counts what landed in the imported chapters and lists what did not. */
final class Fidelity {

    private Fidelity() {
    }

    static FidelityReport of(ImportAnalysis analysis, Set<Integer> imported, String campaignTitle) {
        int placed = 0;
        List<FidelityReport.Unplaced> unplaced = new ArrayList<>();
        for (SourceText text : analysis.texts()) {
            if (text.chapterIndex() >= 0 && imported.contains(text.chapterIndex())) {
                placed += text.characters();
            } else if (text.characters() > 0) {
                boolean outside = text.chapterIndex() < 0;
                unplaced.add(new FidelityReport.Unplaced(text.text(),
                        outside ? FidelityReport.Reason.OUTSIDE_CHAPTERS : FidelityReport.Reason.CHAPTER_IGNORED,
                        outside ? null : analysis.chapters().get(text.chapterIndex()).heading()));
            }
        }
        return new FidelityReport(analysis.fileName(), analysis.year(), campaignTitle, imported.size(),
                analysis.totalCharacters(), placed, unplaced);
    }
}
