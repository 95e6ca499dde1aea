package fr.recueil.importing;

import java.util.List;

/**
 * What the analysis of a Word file proposes, before anything is written: the chapters found, the
 * targets the user may choose among, the warnings, and every piece of text with where it went.
 */
public record ImportAnalysis(String fileName, int year, List<AnalysedChapter> chapters, List<ImportTarget> targets,
                             List<ImportWarning> warnings, List<SourceText> texts) {

    public ImportAnalysis {
        chapters = List.copyOf(chapters);
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
        texts = List.copyOf(texts);
    }

    /** The characters of chapter text: the title page, contents and part titles recognised apart are not counted. */
    public int totalCharacters() {
        return texts.stream().filter(t -> !t.isRecognised()).mapToInt(SourceText::characters).sum();
    }
}
