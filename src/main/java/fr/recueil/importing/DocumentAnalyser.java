package fr.recueil.importing;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.RichTextBlock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds the chapters of a document and what is in them. A chapter starts at a title (a heading of
 * any level, a whole-bold or numbered paragraph) that names a direction or a transversal entry,
 * or that the document's own table of contents lists; it runs to the next one.
 */
final class DocumentAnalyser {

    private final ChapterMatcher matcher;
    private final List<String> tableOfContents;

    private DocumentAnalyser(List<ImportTarget> targets, List<String> tableOfContents) {
        this.matcher = new ChapterMatcher(targets);
        this.tableOfContents = tableOfContents.stream().map(Words::normalise).toList();
    }

    static ImportAnalysis analyse(String fileName, int year, WordDocument document, List<ImportTarget> targets) {
        return new DocumentAnalyser(targets, document.tableOfContents()).run(fileName, year, document);
    }

    private ImportAnalysis run(String fileName, int year, WordDocument document) {
        List<ImportWarning> warnings = new ArrayList<>();
        if (document.hadMacros()) {
            warnings.add(ImportWarning.of("import.warning.macros"));
        }
        List<WordElement> elements = document.elements();
        boolean anyText = elements.stream().anyMatch(e -> !(e instanceof WordElement.Paragraph p) || !p.isBlank());
        if (!anyText) {
            throw new BusinessException("error.import.emptyDocument", fileName);
        }
        List<SourceText> texts = new ArrayList<>();
        List<AnalysedChapter> chapters = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        AtomicLong imageIds = new AtomicLong();
        ChapterBuilder builder = null;
        String heading = null;
        ImportTarget target = null;
        int chapterChars = 0;
        for (WordElement element : elements) {
            Optional<Start> start = element instanceof WordElement.Paragraph p ? chapterStart(p, taken) : Optional.empty();
            if (start.isPresent()) {
                if (builder != null) {
                    chapters.add(chapter(chapters.size(), heading, target, builder, chapterChars));
                }
                builder = new ChapterBuilder(fileName, imageIds);
                heading = ((WordElement.Paragraph) element).text();
                target = start.get().target();
                if (target != null) {
                    taken.add(target.key());
                } else {
                    warnings.add(ImportWarning.of("import.warning.unmatchedChapter", heading));
                }
                SourceText title = SourceText.of(heading, chapters.size());
                texts.add(title);
                chapterChars = title.characters();
                continue;
            }
            int index = builder == null ? -1 : chapters.size();
            for (String text : textsOf(element)) {
                SourceText source = SourceText.of(text, index);
                texts.add(source);
                chapterChars += index >= 0 ? source.characters() : 0;
            }
            if (builder != null) {
                builder.accept(element);
            }
        }
        if (builder != null) {
            chapters.add(chapter(chapters.size(), heading, target, builder, chapterChars));
        }
        if (chapters.isEmpty()) {
            throw new BusinessException("error.import.noChapter", fileName);
        }
        if (!tableOfContents.isEmpty()) {
            warnings.add(ImportWarning.of("import.warning.tableOfContents", tableOfContents.size()));
        }
        return new ImportAnalysis(fileName, year, chapters, matcher.targets(), warnings, texts);
    }

    private record Start(ImportTarget target) {
    }

    private Optional<Start> chapterStart(WordElement.Paragraph p, Set<String> taken) {
        boolean titleLike = p.isHeading() || ChapterBuilder.pseudoHeading(p)
                || (p.numberedList() && p.text().length() <= 150 && !p.text().endsWith("."));
        if (!titleLike || p.text().length() > 250 || SectionKind.of(p.text()).isPresent()) {
            return Optional.empty();
        }
        String title = Words.withoutNumbering(p.text());
        Optional<ChapterMatcher.Match> match = matcher.match(title);
        if (match.isPresent()) {
            ImportTarget best = match.get().target();
            if (taken.contains(best.key())) {
                // Already given to an earlier chapter: the next best free one, if any names it too.
                best = matcher.targets().stream().filter(t -> !taken.contains(t.key()))
                        .filter(t -> ChapterMatcher.score(title, t) > 0)
                        .max((a, b) -> Double.compare(ChapterMatcher.score(title, a), ChapterMatcher.score(title, b)))
                        .orElse(null);
            }
            return Optional.of(new Start(best));
        }
        if (p.isHeading() && tableOfContents.contains(Words.normalise(p.text()))) {
            return Optional.of(new Start(null));
        }
        return Optional.empty();
    }

    private static List<String> textsOf(WordElement element) {
        return switch (element) {
            case WordElement.Paragraph p -> {
                List<String> texts = new ArrayList<>();
                if (!p.isBlank()) {
                    texts.add(p.text());
                }
                texts.addAll(p.footnotes());
                yield texts;
            }
            case WordElement.Table t -> List.of(String.join(" | ", t.rows().stream().map(r -> String.join(" | ", r)).toList()));
            case WordElement.Picture ignored -> List.of();
        };
    }

    private static AnalysedChapter chapter(int index, String heading, ImportTarget target, ChapterBuilder builder, int chars) {
        boolean transversal = target != null && target.kind() == ImportTarget.Kind.TRANSVERSAL;
        ChapterContent content = fitted(builder.content());
        return new AnalysedChapter(index, heading, target, content, builder.images(), builder.counts(),
                builder.warnings(transversal), chars);
    }

    /** A text longer than a block may hold continues in a block of its own, cut between paragraphs. */
    private static ChapterContent fitted(ChapterContent content) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : content.blocks()) {
            if (block instanceof RichTextBlock text && text.body().length() > ContentRules.TEXT_MAX) {
                int part = 0;
                for (String piece : split(text.body())) {
                    blocks.add(new RichTextBlock(part == 0 ? text.id() : fr.recueil.chapter.ChapterTemplate.newId(),
                            part == 0 ? text.title() : text.title() + " (suite " + part + ")", part == 0 && text.required(), piece));
                    part++;
                }
            } else {
                blocks.add(block);
            }
        }
        return new ChapterContent(blocks);
    }

    private static List<String> split(String body) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : body.split("\n\n")) {
            if (!current.isEmpty() && current.length() + paragraph.length() + 2 > ContentRules.TEXT_MAX) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : "\n\n").append(paragraph);
        }
        pieces.add(current.toString());
        return pieces;
    }
}
