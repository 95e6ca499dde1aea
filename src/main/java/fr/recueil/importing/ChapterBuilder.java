package fr.recueil.importing;

import fr.recueil.chapter.ChapterTemplate;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetLine;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.ImageBlock;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the paragraphs of one chapter into typed blocks. The section a paragraph belongs to is
 * decided by the last section title seen, whatever its Word level; inside a section, a sub-title
 * starts a figure group or an achievement. Every paragraph lands somewhere: what fits no typed
 * block becomes text, so the import never drops a word.
 */
final class ChapterBuilder {

    private static final Pattern BUDGET_LINE = Pattern.compile("^(.+?)\\s*:\\s*([0-9][0-9 \u00A0\u202F.,]*\\s*(?:€|k€|M€|euros?))\\s*\\.?$");
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
            "^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+|(?:\\d{1,2}|[IVX]{1,4})\\s*(?:[.)]|[-–—])\\s+|[A-Z][.)]\\s+)\\p{Lu}.*");
    private static final int TITLE_MAX = 200;
    /** The title of the text a chapter opens with before its first section. */
    static final String INTRO_TITLE = "Présentation";

    private enum Section { INTRO, MISSIONS, KEY_FIGURES, BUDGET, ACHIEVEMENTS, FREE }

    /** Blocks in the order the document gives them, built when the chapter ends. */
    private final List<Supplier<Block>> order = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Map<Long, PendingImage> images = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Picture> pictures = new ArrayList<>();
    private final AtomicLong imageIds;
    private final String fileName;

    private Section section = Section.INTRO;
    private int sectionLevel = Integer.MAX_VALUE;
    private MarkdownText intro;
    private MarkdownText missions;
    private Figures figures;
    private Budget budget;
    private Achievements achievements;
    private MarkdownText free;
    private MarkdownText figureOverflow;
    private Picture lastPicture;
    private int tables;
    private int texts;

    ChapterBuilder(String fileName, AtomicLong imageIds) {
        this.fileName = fileName;
        this.imageIds = imageIds;
    }

    void accept(WordElement element) {
        switch (element) {
            case WordElement.Paragraph paragraph -> paragraph(paragraph);
            case WordElement.Table table -> table(table);
            case WordElement.Picture picture -> picture(picture);
            case WordElement.Contents ignored -> { }
        }
    }

    /** The notes of a title that is not one of the chapter's paragraphs (the chapter's own title). */
    void footnotes(List<String> titleNotes) {
        notes.addAll(titleNotes);
    }

    private void paragraph(WordElement.Paragraph p) {
        notes.addAll(p.footnotes());
        if (p.isBlank()) {
            return;
        }
        if (lastPicture != null && lastPicture.caption == null && (p.caption() || looksLikeCaption(p.text()))) {
            lastPicture.caption = p.text();
            lastPicture = null;
            return;
        }
        lastPicture = null;
        boolean titleLike = p.isHeading() || pseudoHeading(p);
        // A numbered list item counts as a title only when it names a section ("2. Chiffres clés").
        if (titleLike || (p.numberedList() && p.text().length() <= TITLE_MAX)) {
            var kind = SectionKind.of(p.text());
            if (kind.isPresent() && startSection(kind.get(), p)) {
                return;
            }
        }
        switch (section) {
            case INTRO -> {
                if (p.isHeading()) {
                    startFree(p.text());
                } else {
                    intro().add(p);
                }
            }
            case MISSIONS -> text(missions, p);
            case FREE -> text(free, p);
            case KEY_FIGURES -> figure(p);
            case BUDGET -> budgetLine(p);
            case ACHIEVEMENTS -> {
                if (titleLike || (p.listItem() && p.bold() && p.text().length() <= TITLE_MAX)) {
                    achievements.start(title(p.text()));
                } else {
                    achievements.add(p);
                }
            }
        }
    }

    /** A whole-bold short paragraph, or a short numbered one ("2 – Contrôle..."), used as a title. */
    static boolean pseudoHeading(WordElement.Paragraph p) {
        String text = p.text();
        if (text.length() > TITLE_MAX || text.endsWith(".") || text.contains("\n")) {
            return false;
        }
        return (p.bold() && !p.listItem()) || (!p.listItem() && NUMBERED_TITLE.matcher(text).matches() && text.length() <= 150);
    }

    private boolean startSection(SectionKind kind, WordElement.Paragraph p) {
        int level = p.isHeading() ? p.headingLevel() : 99;
        if (kind == SectionKind.FREE) {
            // "Focus" beside the report's sections is a block of its own; under the achievements, one of them.
            if (level > sectionLevel && section != Section.INTRO) {
                return false;
            }
            startFree(p.text());
            return true;
        }
        sectionLevel = Math.min(sectionLevel, level);
        switch (kind) {
            case MISSIONS -> {
                if (missions == null) {
                    missions = new MarkdownText();
                    MarkdownText text = missions;
                    order.add(() -> new RichTextBlock(ChapterTemplate.newId(), ChapterTemplate.MISSIONS, true, text.toString()));
                }
                section = Section.MISSIONS;
            }
            case KEY_FIGURES -> {
                if (figures == null) {
                    figures = new Figures();
                    order.add(figures::block);
                }
                section = Section.KEY_FIGURES;
            }
            case BUDGET -> {
                if (budget == null) {
                    budget = new Budget();
                    order.add(budget::block);
                }
                String detail = p.text().replaceFirst("(?i)^.*?budgets?\\s*", "").replaceAll("^\\((.*)\\)$", "$1").strip();
                if (!detail.isEmpty()) {
                    budget.comment.plain(detail);
                }
                section = Section.BUDGET;
            }
            case ACHIEVEMENTS -> {
                if (achievements == null) {
                    achievements = new Achievements();
                    order.add(achievements::block);
                }
                section = Section.ACHIEVEMENTS;
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return true;
    }

    private void startFree(String title) {
        MarkdownText text = new MarkdownText();
        String blockTitle = title(title);
        order.add(() -> new RichTextBlock(ChapterTemplate.newId(), blockTitle, false, text.toString()));
        free = text;
        section = Section.FREE;
        texts++;
    }

    private MarkdownText intro() {
        if (intro == null) {
            intro = new MarkdownText();
            MarkdownText text = intro;
            order.add(() -> new RichTextBlock(ChapterTemplate.newId(), INTRO_TITLE, false, text.toString()));
            texts++;
        }
        return intro;
    }

    private static void text(MarkdownText target, WordElement.Paragraph p) {
        if (p.isHeading()) {
            target.heading(p.text());
        } else {
            target.add(p);
        }
    }

    private void figure(WordElement.Paragraph p) {
        if (p.isHeading()) {
            figures.group(p.text().replaceAll("\\s*:\\s*$", ""));
            return;
        }
        for (String line : p.text().split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (FigureLine.clean(line).length() > ContentRules.SHORT_TEXT_MAX) {
                // Too long for a key figure's label: kept whole as text beside the figures.
                if (figureOverflow == null) {
                    figureOverflow = new MarkdownText();
                    MarkdownText text = figureOverflow;
                    order.add(() -> new RichTextBlock(ChapterTemplate.newId(), "Chiffres clés : compléments", false, text.toString()));
                    texts++;
                }
                figureOverflow.plain(line.strip());
            } else {
                figures.add(FigureLine.parse(line));
            }
        }
    }

    private void budgetLine(WordElement.Paragraph p) {
        Matcher line = BUDGET_LINE.matcher(FigureLine.clean(p.text()));
        if (!p.isHeading() && line.matches() && FigureValue.isValid(line.group(2)) && line.group(1).length() <= 300) {
            budget.lines.add(new BudgetLine(line.group(1).strip(), line.group(2).strip()));
        } else {
            budget.comment.add(p);
        }
    }

    private void table(WordElement.Table table) {
        lastPicture = null;
        List<List<String>> rows = table.rows().stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (rows.isEmpty()) {
            return;
        }
        if (section == Section.BUDGET && budgetLines(rows)) {
            if (table.title() != null) {
                budget.comment.plain(table.title());
            }
            return;
        }
        if (section == Section.KEY_FIGURES && figureLines(table.title(), rows)) {
            return;
        }
        String title = table.title() == null ? "Tableau" : title(table.title());
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        boolean fits = columns <= ContentRules.COLUMNS_MAX && rows.size() - 1 <= ContentRules.ROWS_MAX
                && rows.stream().flatMap(List::stream).allMatch(c -> c.length() <= ContentRules.SHORT_TEXT_MAX);
        tables++;
        if (!fits) {
            warnings.add(ImportWarning.of("import.warning.tableAsText", columns, rows.size()));
            MarkdownText text = new MarkdownText();
            rows.forEach(row -> text.plain(String.join(" | ", row)));
            order.add(() -> new RichTextBlock(ChapterTemplate.newId(), title, false, text.toString()));
            return;
        }
        List<List<String>> padded = rows.stream().map(row -> pad(row, columns)).toList();
        order.add(() -> new TableBlock(ChapterTemplate.newId(), title, false, padded.getFirst(),
                padded.subList(1, padded.size())));
    }

    private static final Pattern TABLE_HEADER = Pattern.compile(
            "(?iu)^(?:postes?|libellés?|intitulés?|montants?.*|budget.*|dépenses.*|recettes.*|en €|€|chiffres?.*|indicateurs?|valeurs?)$");

    /** A two-column table of labels and amounts in euros, in the budget section: its lines. */
    private boolean budgetLines(List<List<String>> rows) {
        List<List<String>> lines = withoutHeader(rows);
        boolean amounts = !lines.isEmpty() && lines.stream().allMatch(row -> row.size() == 2 && !row.get(0).isEmpty()
                && row.get(0).length() <= 300 && FigureValue.isValid(row.get(1)) && row.get(1).matches("(?iu).*(€|euros?)$"));
        if (amounts) {
            lines.forEach(row -> budget.lines.add(new BudgetLine(row.get(0), row.get(1))));
        }
        return amounts;
    }

    /** A two-column table of numbers and labels (either way round), in the key figures: figures. */
    private boolean figureLines(String title, List<List<String>> rows) {
        List<List<String>> lines = withoutHeader(rows);
        boolean numbers = !lines.isEmpty() && lines.stream().allMatch(row -> row.size() == 2
                && (FigureValue.isValid(row.get(0)) != FigureValue.isValid(row.get(1)))
                && row.stream().allMatch(c -> !c.isEmpty() && c.length() <= ContentRules.SHORT_TEXT_MAX));
        if (numbers) {
            if (title != null) {
                figures.group(title);
            }
            lines.forEach(row -> figures.add(FigureValue.isValid(row.get(0)) ? KeyFigure.number(row.get(0), row.get(1))
                    : KeyFigure.number(row.get(1), row.get(0))));
        }
        return numbers;
    }

    /** The rows without a header made of column names only ("Poste | Montant"). */
    private static List<List<String>> withoutHeader(List<List<String>> rows) {
        boolean header = rows.getFirst().stream().allMatch(c -> c.isBlank() || TABLE_HEADER.matcher(c.strip()).matches());
        return header ? rows.subList(1, rows.size()) : rows;
    }

    private static List<String> pad(List<String> row, int columns) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < columns) {
            cells.add("");
        }
        return cells;
    }

    private void picture(WordElement.Picture picture) {
        // Header only: a decompression bomb inside a Word file is skipped before anything decodes it.
        if (!fr.recueil.chapter.ImageRules.withinLimits(picture.bytes())) {
            warnings.add(ImportWarning.of("import.warning.imageSkipped", String.valueOf(picture.fileName())));
            return;
        }
        long id = -imageIds.incrementAndGet();
        images.put(id, new PendingImage(picture.bytes(), picture.fileName() == null ? "image" : picture.fileName()));
        Picture target = new Picture(id, picture.description());
        if (section == Section.ACHIEVEMENTS && achievements.current != null && achievements.current.picture == null) {
            achievements.current.picture = target;
        } else {
            order.add(() -> new ImageBlock(ChapterTemplate.newId(), "Image", false, id, target.caption, target.alt()));
        }
        lastPicture = target;
    }

    private static boolean looksLikeCaption(String text) {
        return text.length() <= 300 && text.matches("(?is)^(figure|photo|illustration|image|légende|crédit|source)\\b.*");
    }

    /** A title without its bullet and its trailing colon; the numbering the author gave stays. */
    private static String title(String text) {
        String title = text.replaceFirst("^\\s*[-–—•❖➔▪►]\\s+", "").replaceAll("\\s*:\\s*$", "").strip();
        return title.length() > ContentRules.TITLE_MAX ? title.substring(0, ContentRules.TITLE_MAX) : title;
    }

    ChapterContent content() {
        List<Block> blocks = new ArrayList<>();
        order.forEach(block -> blocks.add(block.get()));
        if (!notes.isEmpty()) {
            MarkdownText text = new MarkdownText();
            notes.forEach(text::plain);
            blocks.add(new RichTextBlock(ChapterTemplate.newId(), "Notes", false, text.toString()));
        }
        return new ChapterContent(blocks);
    }

    List<ImportWarning> warnings(boolean transversal) {
        List<ImportWarning> all = new ArrayList<>(warnings);
        if (!transversal) {
            if (missions == null) {
                all.add(ImportWarning.of("import.warning.noMissions"));
            }
            if (figures == null) {
                all.add(ImportWarning.of("import.warning.noFigures"));
            }
            if (achievements == null) {
                all.add(ImportWarning.of("import.warning.noAchievements"));
            } else if (achievements.items.isEmpty() && !achievements.intro.isEmpty()) {
                all.add(ImportWarning.of("import.warning.untitledAchievements"));
            }
        }
        if (pictures.stream().anyMatch(p -> p.description == null)) {
            all.add(ImportWarning.of("import.warning.imageWithoutAlt"));
        }
        return all;
    }

    Map<Long, PendingImage> images() {
        return images;
    }

    BlockCounts counts() {
        int figureCount = figures == null ? 0 : figures.numbers;
        int sentenceCount = figures == null ? 0 : figures.sentences;
        return new BlockCounts(missions == null ? 0 : missions.paragraphs(), figureCount, sentenceCount,
                budget == null ? 0 : budget.lines.size(), achievements == null ? 0 : achievements.items.size(),
                tables, images.size(), texts, notes.size());
    }

    /** A picture waiting for its caption (the paragraph after it) and its alternative text. */
    private final class Picture {
        final long id;
        final String description;
        String caption;

        Picture(long id, String description) {
            this.id = id;
            this.description = description == null || description.isBlank() ? null : description.strip();
            pictures.add(this);
        }

        String alt() {
            // The alternative text is mandatory: the author's description, else the caption, else a plain one.
            String alt = description != null ? description : caption != null ? caption : "Illustration du rapport (" + fileName + ")";
            return alt.length() > ContentRules.SHORT_TEXT_MAX ? alt.substring(0, ContentRules.SHORT_TEXT_MAX) : alt;
        }
    }

    private static final class Figures {
        final List<FigureGroup> groups = new ArrayList<>();
        String heading;
        List<KeyFigure> current = new ArrayList<>();
        int numbers;
        int sentences;

        void group(String title) {
            flush();
            heading = title.length() > ContentRules.SHORT_TEXT_MAX ? title.substring(0, ContentRules.SHORT_TEXT_MAX) : title;
        }

        void add(KeyFigure figure) {
            current.add(figure);
            if (figure.sentence()) {
                sentences++;
            } else {
                numbers++;
            }
        }

        private void flush() {
            if (!current.isEmpty() || heading != null) {
                groups.add(new FigureGroup(heading, current));
            }
            current = new ArrayList<>();
            heading = null;
        }

        KeyFiguresBlock block() {
            flush();
            List<FigureGroup> result = groups.isEmpty() ? List.of(new FigureGroup(null, List.of())) : List.copyOf(groups);
            return new KeyFiguresBlock(ChapterTemplate.newId(), ChapterTemplate.KEY_FIGURES, true, result);
        }
    }

    private static final class Budget {
        final List<BudgetLine> lines = new ArrayList<>();
        final MarkdownText comment = new MarkdownText();

        BudgetBlock block() {
            return new BudgetBlock(ChapterTemplate.newId(), ChapterTemplate.BUDGET, false, lines, comment.toString());
        }
    }

    private static final class Achievements {
        final MarkdownText intro = new MarkdownText();
        final List<Item> items = new ArrayList<>();
        Item current;

        void start(String title) {
            current = new Item(title);
            items.add(current);
        }

        void add(WordElement.Paragraph p) {
            (current == null ? intro : current.body).add(p);
        }

        AchievementsBlock block() {
            List<Achievement> result = items.stream().map(Item::achievement).toList();
            return new AchievementsBlock(ChapterTemplate.newId(), ChapterTemplate.ACHIEVEMENTS, true, intro.toString(), result);
        }
    }

    private static final class Item {
        final String title;
        final MarkdownText body = new MarkdownText();
        Picture picture;

        Item(String title) {
            this.title = title;
        }

        Achievement achievement() {
            return picture == null ? new Achievement(title, body.toString(), null, null, null)
                    : new Achievement(title, body.toString(), picture.id, picture.caption, picture.alt());
        }
    }
}
