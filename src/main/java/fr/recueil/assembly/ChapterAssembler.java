package fr.recueil.assembly;

import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.Picture;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.Timeline;
import fr.recueil.chapter.FigureValue;
import fr.recueil.chapter.Variation;
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
import fr.recueil.chapter.content.TimelineBlock;
import fr.recueil.chapter.content.TimelineEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * One approved chapter's blocks as document blocks under the chapter's heading: each block's title
 * one level below it, then what the block holds. Empty blocks are left out; numbers are formatted
 * the French way and variations computed here, so that every format prints the same.
 */
final class ChapterAssembler {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final char MINUS = '\u2212';

    private final Anchors anchors;
    private final RichTextAssembler richText;
    private final LongFunction<Optional<Picture>> pictures;
    private final int previousYear;

    /**
     * @param pictures an image of the chapter by id (empty when it is gone)
     */
    ChapterAssembler(Anchors anchors, LongFunction<Optional<Picture>> pictures, int year) {
        this.anchors = anchors;
        this.richText = new RichTextAssembler(anchors);
        this.pictures = pictures;
        this.previousYear = year - 1;
    }

    List<DocBlock> blocks(ChapterContent content, int chapterLevel, String chapterTitle) {
        List<DocBlock> out = new ArrayList<>();
        int sectionLevel = Math.min(5, chapterLevel + 1);
        for (Block block : content.blocks()) {
            if (block.isEmpty()) {
                continue;
            }
            boolean titled = block.title() != null && !block.title().isBlank();
            if (titled) {
                String title = FrenchTypography.apply(block.title().strip());
                out.add(new Heading(sectionLevel, HeadingRole.SECTION, null, title, anchors.next(title), false));
            }
            int level = titled ? sectionLevel : chapterLevel;
            switch (block) {
                case RichTextBlock text -> out.addAll(richText.blocks(text.body(), level));
                case KeyFiguresBlock figures -> figures(figures, out);
                case BudgetBlock budget -> budget(budget, level, out);
                case AchievementsBlock achievements -> achievements(achievements, level, chapterTitle, out);
                case TableBlock table -> out.add(table(table));
                case ImageBlock image -> figure(image.imageId(), image.caption(), image.alt(), chapterTitle).ifPresent(out::add);
                case TimelineBlock timeline -> out.add(timeline(timeline));
            }
        }
        return out;
    }

    private void figures(KeyFiguresBlock block, List<DocBlock> out) {
        for (FigureGroup group : block.groups()) {
            List<KeyFigureGrid.KeyFigureCell> cells = group.figures().stream()
                    .filter(f -> !f.isEmpty())
                    .map(this::cell)
                    .toList();
            if (!cells.isEmpty()) {
                out.add(new KeyFigureGrid(group.heading() == null ? null : FrenchTypography.apply(group.heading()), cells));
            }
        }
    }

    private KeyFigureGrid.KeyFigureCell cell(KeyFigure figure) {
        String label = FrenchTypography.apply(figure.label());
        String note = figure.note() == null ? null : FrenchTypography.apply(figure.note());
        if (figure.declaredUnavailable()) {
            return new KeyFigureGrid.KeyFigureCell("n.d.", label, null, KeyFigureGrid.Trend.NONE, null, note);
        }
        if (figure.sentence() || figure.value() == null) {
            return new KeyFigureGrid.KeyFigureCell(null, label, null, KeyFigureGrid.Trend.NONE, null, note);
        }
        String value = formatted(figure.value());
        String previous = figure.previousValue() == null ? null
                : previousYear + "\u00A0: " + formatted(figure.previousValue());
        Optional<Variation> variation = figure.variation();
        String variationText = variation.map(this::variation).orElse(null);
        KeyFigureGrid.Trend trend = variation.map(v -> v.sign() > 0 ? KeyFigureGrid.Trend.UP
                : v.sign() < 0 ? KeyFigureGrid.Trend.DOWN : KeyFigureGrid.Trend.STABLE).orElse(KeyFigureGrid.Trend.NONE);
        return new KeyFigureGrid.KeyFigureCell(value, label, variationText, trend, previous, note);
    }

    /** The value as typed when it does not parse (an approved chapter always parses; older content may not). */
    private static String formatted(String typed) {
        return FigureValue.isValid(typed) ? FigureValue.parse(typed).format(FRENCH) : FrenchTypography.apply(typed);
    }

    private String variation(Variation variation) {
        BigDecimal rounded = variation.rounded();
        String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? String.valueOf(MINUS) : "";
        String number = new FigureValue(rounded.abs(), null).format(FRENCH);
        return variation.points()
                ? sign + number + "\u00A0point" + (rounded.abs().compareTo(BigDecimal.ONE) > 0 ? "s" : "")
                + " par rapport à " + previousYear
                : sign + number + "\u202F% par rapport à " + previousYear;
    }

    private void budget(BudgetBlock budget, int level, List<DocBlock> out) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            if (!line.isEmpty()) {
                rows.add(List.of(Table.Cell.of(FrenchTypography.apply(line.label())),
                        Table.Cell.of(line.amount() == null ? "" : formatted(line.amount()))));
            }
        }
        if (!rows.isEmpty()) {
            List<Table.Cell> total = budget.total()
                    .map(sum -> List.of(new Table.Cell(List.of(Span.bold("Total"))),
                            new Table.Cell(List.of(Span.bold(new FigureValue(sum, "€").format(FRENCH))))))
                    .orElse(null);
            out.add(new Table(Table.TableKind.BUDGET, null, List.of(Table.Align.LEFT, Table.Align.RIGHT),
                    List.of(Table.Cell.of("Poste"), Table.Cell.of("Montant")), rows, rows.size() > 1 ? total : null));
        }
        out.addAll(richText.blocks(budget.comment(), level));
    }

    private void achievements(AchievementsBlock block, int level, String chapterTitle, List<DocBlock> out) {
        out.addAll(richText.blocks(block.intro(), level));
        int itemLevel = Math.min(5, level + 1);
        for (Achievement achievement : block.items()) {
            if (achievement.isEmpty()) {
                continue;
            }
            int bodyLevel = level;
            if (!achievement.title().isBlank()) {
                String title = FrenchTypography.apply(achievement.title());
                out.add(new Heading(itemLevel, HeadingRole.SUBSECTION, null, title, anchors.next(title), false));
                bodyLevel = itemLevel;
            }
            out.addAll(richText.blocks(achievement.body(), bodyLevel));
            if (achievement.imageId() != null) {
                figure(achievement.imageId(), achievement.caption(), achievement.alt(),
                        achievement.title().isBlank() ? chapterTitle : achievement.title()).ifPresent(out::add);
            }
        }
    }

    private Table table(TableBlock block) {
        int width = block.columnCount();
        List<Table.Align> columns = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            columns.add(numericColumn(block, column) ? Table.Align.RIGHT : Table.Align.LEFT);
        }
        List<List<Table.Cell>> rows = block.rows().stream()
                .filter(row -> row.stream().anyMatch(cell -> cell != null && !cell.isBlank()))
                .map(row -> cells(row, width)).toList();
        // The block's title is already the heading above the table: no caption of its own.
        return new Table(Table.TableKind.DATA, null, columns, cells(block.header(), width), rows, null);
    }

    private List<Table.Cell> cells(List<String> row, int width) {
        List<Table.Cell> cells = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            String text = column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
            cells.add(new Table.Cell(richText.inline(text)));
        }
        return cells;
    }

    /** A column of figures reads best aligned right. */
    private static boolean numericColumn(TableBlock block, int column) {
        long filled = block.rows().stream().filter(r -> column < r.size() && r.get(column) != null && !r.get(column).isBlank()).count();
        long numbers = block.rows().stream()
                .filter(r -> column < r.size() && r.get(column) != null && !r.get(column).isBlank())
                .filter(r -> FigureValue.isValid(r.get(column)))
                .count();
        return filled > 0 && numbers == filled;
    }

    private Optional<DocBlock> figure(Long imageId, String caption, String alt, String fallbackAlt) {
        if (imageId == null) {
            return Optional.empty();
        }
        String captionText = caption == null || caption.isBlank() ? null : FrenchTypography.apply(caption.strip());
        String altText = alt != null && !alt.isBlank() ? alt.strip() : captionText != null ? captionText : fallbackAlt;
        return pictures.apply(imageId).map(picture -> new Figure(picture, captionText, altText));
    }

    private Timeline timeline(TimelineBlock block) {
        List<Timeline.Event> events = new ArrayList<>();
        for (TimelineEvent event : block.events()) {
            if (!event.isEmpty()) {
                String date = event.date() == null ? "" : ReportTexts.date(event.date());
                events.add(new Timeline.Event(date, richText.inline(event.text())));
            }
        }
        return new Timeline(events);
    }
}
