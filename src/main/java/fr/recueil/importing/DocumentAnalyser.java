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
import java.util.regex.Pattern;

/**
 * Finds the chapters of a document and what is in them. A chapter starts at a title (a heading of
 * any level, a whole-bold or numbered paragraph) that names a direction or a transversal entry,
 * or that the document's own table of contents lists; it runs to the next one or to the next part
 * (pôle) title. The title page and the table of contents are recognised and kept apart.
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
        int titlePage = titlePage(elements);
        ChapterBuilder builder = null;
        String heading = null;
        ImportTarget target = null;
        int chapterLevel = 0;
        int chapterChars = 0;
        int contentsLines = 0;
        for (int i = 0; i < elements.size(); i++) {
            WordElement element = elements.get(i);
            if (i < titlePage) {
                textsOf(element).forEach(text -> texts.add(SourceText.recognised(text, SourceText.Kind.TITLE_PAGE)));
                continue;
            }
            if (element instanceof WordElement.Contents contents) {
                contents.lines().forEach(line -> texts.add(SourceText.recognised(line, SourceText.Kind.TABLE_OF_CONTENTS)));
                contentsLines += contents.lines().size();
                continue;
            }
            if (element instanceof WordElement.Paragraph p && isPart(p, builder != null, chapterLevel)) {
                // A part or pôle title ends the chapter being read; it is the report's structure, not a chapter's text.
                if (builder != null) {
                    chapters.add(chapter(chapters.size(), heading, target, builder, chapterChars));
                    builder = null;
                }
                texts.add(SourceText.recognised(p.text(), SourceText.Kind.PART));
                p.footnotes().forEach(note -> texts.add(SourceText.of(note, -1)));
                continue;
            }
            Optional<Start> start = element instanceof WordElement.Paragraph p
                    ? chapterStart(p, taken, builder == null ? null : new Current(target, chapterLevel)) : Optional.empty();
            if (start.isPresent()) {
                if (builder != null) {
                    chapters.add(chapter(chapters.size(), heading, target, builder, chapterChars));
                }
                builder = new ChapterBuilder(fileName, imageIds);
                WordElement.Paragraph title = (WordElement.Paragraph) element;
                heading = title.text();
                chapterLevel = level(title);
                target = start.get().target();
                if (target != null) {
                    taken.add(target.key());
                } else {
                    warnings.add(ImportWarning.of("import.warning.unmatchedChapter", heading));
                }
                SourceText source = SourceText.of(heading, chapters.size());
                texts.add(source);
                chapterChars = source.characters();
                // The title's own footnotes belong to the chapter.
                builder.footnotes(title.footnotes());
                for (String note : title.footnotes()) {
                    SourceText noteText = SourceText.of(note, chapters.size());
                    texts.add(noteText);
                    chapterChars += noteText.characters();
                }
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
        if (titlePage > 0) {
            warnings.add(ImportWarning.of("import.warning.titlePage"));
        }
        if (contentsLines > 0 || !tableOfContents.isEmpty()) {
            warnings.add(ImportWarning.of("import.warning.tableOfContents", Math.max(tableOfContents.size(), contentsLines)));
        }
        return new ImportAnalysis(fileName, year, chapters, matcher.targets(), warnings, texts);
    }

    private record Start(ImportTarget target) {
    }

    /** The chapter being read: its target (null when none matched) and its title's level. */
    private record Current(ImportTarget target, int level) {
    }

    /** A heading's Word level; a title made of bold or numbering counts as below every heading. */
    private static int level(WordElement.Paragraph p) {
        return p.isHeading() ? p.headingLevel() : 10;
    }

    private static boolean titleLike(WordElement.Paragraph p) {
        return p.isHeading() || ChapterBuilder.pseudoHeading(p)
                || (p.numberedList() && p.text().length() <= 150 && !p.text().endsWith("."));
    }

    /**
     * A heading that names a direction or a transversal entry starts a chapter, and so does one the
     * document's table of contents lists, or that names a direction the organisation does not hold
     * ("Direction de la communication"), at the chapters' level. Any other title, whatever its level,
     * is a sub-section of the chapter being read: so is a title that names the chapter's own direction
     * ("Pilotage SCI" in the SCI's chapter), or names another only by its acronym below the chapter's title.
     */
    private Optional<Start> chapterStart(WordElement.Paragraph p, Set<String> taken, Current current) {
        if (!titleLike(p) || p.text().length() > 250 || SectionKind.of(p.text()).isPresent()) {
            return Optional.empty();
        }
        String title = Words.withoutNumbering(p.text());
        Optional<ChapterMatcher.Match> match = matcher.match(title);
        if (match.isPresent()) {
            ImportTarget best = match.get().target();
            if (current != null && current.target() != null && current.target().key().equals(best.key())) {
                return Optional.empty();
            }
            if (current != null && !match.get().strong() && level(p) > current.level()) {
                return Optional.empty();
            }
            if (taken.contains(best.key())) {
                // Already given to an earlier chapter: the next best free one, if any names it too.
                best = matcher.targets().stream().filter(t -> !taken.contains(t.key()))
                        .filter(t -> ChapterMatcher.score(title, t) > 0)
                        .max((a, b) -> Double.compare(ChapterMatcher.score(title, a), ChapterMatcher.score(title, b)))
                        .orElse(null);
            }
            return Optional.of(new Start(best));
        }
        boolean chapterLevel = current == null || level(p) <= current.level();
        if (p.isHeading() && chapterLevel && (tableOfContents.contains(Words.normalise(p.text()))
                || UNKNOWN_DIRECTION.matcher(Words.normalise(title)).find())) {
            // Listed in the contents, or "Direction de ..." that the organisation does not know (yet): a chapter to assign.
            return Optional.of(new Start(null));
        }
        return Optional.empty();
    }

    /**
     * The title of a pôle ("Pôle ressources") or of a part ("Deuxième partie : ..."): the report's
     * structure. A part title deeper than the chapter being read is one of its sub-sections.
     */
    private boolean isPart(WordElement.Paragraph p, boolean inChapter, int chapterLevel) {
        if (!titleLike(p) || p.text().length() > 150) {
            return false;
        }
        String text = Words.normalise(Words.withoutNumbering(p.text()));
        if (POLE.matcher(text).find()) {
            return matcher.match(Words.withoutNumbering(p.text())).filter(ChapterMatcher.Match::strong).isEmpty();
        }
        return PART.matcher(text).find() && (!inChapter || level(p) <= chapterLevel);
    }

    private static final Pattern UNKNOWN_DIRECTION = Pattern.compile("^(?:direction|delegation) (?:de |des |du |d |a |aux )");
    private static final Pattern POLE = Pattern.compile("^poles? [a-z]");
    private static final Pattern PART = Pattern.compile(
            "^(?:partie [0-9ivx]+|(?:premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|derniere) partie)\\b");
    private static final Pattern TITLE_PAGE_WORDS = Pattern.compile("\\b(?:rapport|bilan|activite|activites)\\b|\\b(?:19|20)[0-9]{2}\\b");
    private static final int TITLE_PAGE_PARAGRAPHS = 12;
    private static final int TITLE_PAGE_LINE = 200;

    /**
     * How many elements at the start of the document make its title page: a few short lines
     * (the report's title, its year, the authority) with perhaps a logo, ended by a page break, the
     * table of contents or the first chapter or part. Without a title among them, or with a long
     * paragraph (an editorial), there is no title page and everything counts as text.
     */
    private int titlePage(List<WordElement> elements) {
        boolean titled = false;
        int lines = 0;
        for (int i = 0; i < elements.size(); i++) {
            switch (elements.get(i)) {
                case WordElement.Contents ignored -> {
                    return titled ? i : 0;
                }
                case WordElement.Table ignored -> {
                    return 0;
                }
                case WordElement.Picture ignored -> { }
                case WordElement.Paragraph p -> {
                    if (p.isBlank()) {
                        break;
                    }
                    if (chapterStart(p, Set.of(), null).isPresent() || isPart(p, false, 0)) {
                        return titled ? i : 0;
                    }
                    if (p.text().length() > TITLE_PAGE_LINE || ++lines > TITLE_PAGE_PARAGRAPHS) {
                        return 0;
                    }
                    titled |= TITLE_PAGE_WORDS.matcher(Words.normalise(p.text())).find();
                    if (p.pageBreakAfter()) {
                        return titled ? i + 1 : 0;
                    }
                }
            }
        }
        return 0;
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
            case WordElement.Table t -> {
                List<String> texts = new ArrayList<>();
                if (t.title() != null) {
                    texts.add(t.title());
                }
                texts.add(String.join(" | ", t.rows().stream().map(r -> String.join(" | ", r)).toList()));
                yield texts;
            }
            case WordElement.Picture ignored -> List.of();
            case WordElement.Contents c -> c.lines();
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
