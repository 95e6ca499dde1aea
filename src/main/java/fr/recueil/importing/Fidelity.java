package fr.recueil.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what landed in the imported chapters and lists what did not. The title page, the table of
 * contents and the titles of parts are recognised and listed apart: they are not chapter text.
 */
final class Fidelity {

    private Fidelity() {
    }

    static FidelityReport of(ImportAnalysis analysis, Set<Integer> imported, String campaignTitle) {
        return of(analysis, imported, imported.size(), campaignTitle);
    }

    /** {@code chaptersWritten}: the chapters written, fewer than the sections imported when some were merged. */
    static FidelityReport of(ImportAnalysis analysis, Set<Integer> imported, int chaptersWritten, String campaignTitle) {
        int placed = 0;
        int total = 0;
        List<FidelityReport.Unplaced> unplaced = new ArrayList<>();
        Map<SourceText.Kind, List<SourceText>> recognised = new LinkedHashMap<>();
        for (SourceText text : analysis.texts()) {
            if (text.isRecognised()) {
                recognised.computeIfAbsent(text.kind(), k -> new ArrayList<>()).add(text);
                continue;
            }
            total += text.characters();
            if (text.chapterIndex() >= 0 && imported.contains(text.chapterIndex())) {
                placed += text.characters();
            } else if (text.characters() > 0) {
                boolean outside = text.chapterIndex() < 0;
                unplaced.add(new FidelityReport.Unplaced(text.text(),
                        outside ? FidelityReport.Reason.OUTSIDE_CHAPTERS : FidelityReport.Reason.CHAPTER_IGNORED,
                        outside ? null : analysis.chapters().get(text.chapterIndex()).heading()));
            }
        }
        List<FidelityReport.Recognised> parts = new ArrayList<>();
        recognised.forEach((kind, texts) -> parts.add(new FidelityReport.Recognised(kind, texts.size(), texts.getFirst().text())));
        return new FidelityReport(analysis.fileName(), analysis.year(), campaignTitle, chaptersWritten,
                total, placed, unplaced, parts);
    }
}
