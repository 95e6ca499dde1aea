package fr.recueil.review;

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a chapter, block by block and field by field: words for
 * texts, figures changed, added and removed, table cells, budget lines. Blocks are matched by
 * their id, so a renamed or moved block is the same block; same-kind blocks of two different
 * chapters (this year against last year) are matched by kind and title.
 */
public record ContentDiff(List<BlockChange> blocks) {

    public enum Change { UNCHANGED, ADDED, REMOVED, CHANGED }

    /** One field of a block: a text compared word by word, or a value before and after. */
    public record FieldChange(String label, Change change, List<TextDiff.Segment> words, String before, String after) {

        static FieldChange text(String label, String before, String after) {
            List<TextDiff.Segment> words = TextDiff.of(Objects.toString(before, ""), Objects.toString(after, ""));
            return new FieldChange(label, TextDiff.changed(words) ? Change.CHANGED : Change.UNCHANGED, words, before, after);
        }

        static FieldChange value(String label, String before, String after) {
            Change change = Objects.equals(before, after) ? Change.UNCHANGED
                    : before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
            return new FieldChange(label, change, List.of(), before, after);
        }
    }

    public record BlockChange(String blockId, String title, Change change, List<FieldChange> fields) {

        /** Only what changed, for a compact view. */
        public List<FieldChange> changedFields() {
            return fields.stream().filter(f -> f.change() != Change.UNCHANGED).toList();
        }
    }

    public boolean hasChanges() {
        return blocks.stream().anyMatch(b -> b.change() != Change.UNCHANGED);
    }

    /** Versions of the same chapter: blocks matched by id. */
    public static ContentDiff between(ChapterContent before, ChapterContent after) {
        return compare(before, after, false);
    }

    /** Last year's chapter against this year's: blocks matched by kind and title. */
    public static ContentDiff againstLastYear(ChapterContent lastYear, ChapterContent current) {
        return compare(lastYear, current, true);
    }

    private static ContentDiff compare(ChapterContent before, ChapterContent after, boolean byTitle) {
        List<BlockChange> changes = new ArrayList<>();
        List<Block> unmatched = new ArrayList<>(before.blocks());
        for (Block block : after.blocks()) {
            Block previous = unmatched.stream().filter(old -> sameBlock(old, block, byTitle)).findFirst().orElse(null);
            if (previous == null && byTitle) {
                previous = unmatched.stream().filter(old -> old.type() == block.type()).findFirst().orElse(null);
            }
            if (previous == null) {
                changes.add(new BlockChange(block.id(), block.title(), Change.ADDED, fields(null, block)));
            } else {
                unmatched.remove(previous);
                List<FieldChange> fields = fields(previous, block);
                boolean changed = fields.stream().anyMatch(f -> f.change() != Change.UNCHANGED);
                changes.add(new BlockChange(block.id(), block.title(), changed ? Change.CHANGED : Change.UNCHANGED, fields));
            }
        }
        for (Block removed : unmatched) {
            changes.add(new BlockChange(removed.id(), removed.title(), Change.REMOVED, fields(removed, null)));
        }
        return new ContentDiff(changes);
    }

    private static boolean sameBlock(Block old, Block block, boolean byTitle) {
        return byTitle ? old.type() == block.type() && old.title().equalsIgnoreCase(block.title()) : old.id().equals(block.id());
    }

    private static List<FieldChange> fields(Block before, Block after) {
        Block any = after != null ? after : before;
        List<FieldChange> fields = new ArrayList<>();
        fields.add(FieldChange.text("Titre", before == null ? null : before.title(), after == null ? null : after.title()));
        switch (any) {
            case RichTextBlock b -> fields.add(FieldChange.text("Texte", body(before), body(after)));
            case KeyFiguresBlock b -> fields.addAll(figures((KeyFiguresBlock) before, (KeyFiguresBlock) after));
            case BudgetBlock b -> fields.addAll(budget((BudgetBlock) before, (BudgetBlock) after));
            case AchievementsBlock b -> fields.addAll(achievements((AchievementsBlock) before, (AchievementsBlock) after));
            case TableBlock b -> fields.addAll(table((TableBlock) before, (TableBlock) after));
            case ImageBlock b -> fields.addAll(image((ImageBlock) before, (ImageBlock) after));
            case TimelineBlock b -> fields.addAll(timeline((TimelineBlock) before, (TimelineBlock) after));
        }
        return fields;
    }

    private static String body(Block block) {
        return block == null ? null : ((RichTextBlock) block).body();
    }

    private static List<FieldChange> figures(KeyFiguresBlock before, KeyFiguresBlock after) {
        Map<String, KeyFigure> old = figuresByKey(before);
        Map<String, KeyFigure> current = figuresByKey(after);
        List<FieldChange> fields = new ArrayList<>();
        current.forEach((key, figure) -> fields.add(FieldChange.value(key, show(old.remove(key)), show(figure))));
        old.forEach((key, figure) -> fields.add(FieldChange.value(key, show(figure), null)));
        return fields;
    }

    private static Map<String, KeyFigure> figuresByKey(KeyFiguresBlock block) {
        Map<String, KeyFigure> figures = new LinkedHashMap<>();
        if (block == null) {
            return figures;
        }
        for (FigureGroup group : block.groups()) {
            for (KeyFigure figure : group.figures()) {
                String key = (group.heading() == null ? "" : group.heading() + " › ") + figure.label();
                figures.putIfAbsent(key, figure);
            }
        }
        return figures;
    }

    private static String show(KeyFigure figure) {
        if (figure == null) {
            return null;
        }
        if (figure.sentence()) {
            return figure.label();
        }
        String value = figure.declaredUnavailable() ? "n.d. (" + figure.unavailable() + ")" : Objects.toString(figure.value(), "…");
        return value + (figure.previousValue() == null ? "" : " (N-1 : " + figure.previousValue() + ")")
                + (figure.note() == null ? "" : " — " + figure.note());
    }

    private static List<FieldChange> budget(BudgetBlock before, BudgetBlock after) {
        Map<String, String> old = new LinkedHashMap<>();
        if (before != null) {
            before.lines().forEach(l -> old.putIfAbsent(l.label(), l.amount()));
        }
        List<FieldChange> fields = new ArrayList<>();
        if (after != null) {
            for (BudgetLine line : after.lines()) {
                boolean existed = old.containsKey(line.label());
                String previous = old.remove(line.label());
                fields.add(FieldChange.value(line.label(), existed ? Objects.toString(previous, "…") : null,
                        Objects.toString(line.amount(), "…")));
            }
        }
        old.forEach((label, amount) -> fields.add(FieldChange.value(label, Objects.toString(amount, "…"), null)));
        fields.add(FieldChange.text("Commentaire", before == null ? null : before.comment(), after == null ? null : after.comment()));
        return fields;
    }

    private static List<FieldChange> achievements(AchievementsBlock before, AchievementsBlock after) {
        List<FieldChange> fields = new ArrayList<>();
        fields.add(FieldChange.text("Introduction", before == null ? null : before.intro(), after == null ? null : after.intro()));
        Map<String, Achievement> old = new LinkedHashMap<>();
        if (before != null) {
            before.items().forEach(a -> old.putIfAbsent(a.title(), a));
        }
        if (after != null) {
            for (Achievement item : after.items()) {
                Achievement previous = old.remove(item.title());
                if (previous == null) {
                    fields.add(new FieldChange(item.title(), Change.ADDED, TextDiff.of("", item.body()), null, item.body()));
                } else {
                    fields.add(FieldChange.text(item.title(), previous.body(), item.body()));
                }
            }
        }
        old.values().forEach(a -> fields.add(new FieldChange(a.title(), Change.REMOVED, TextDiff.of(a.body(), ""), a.body(), null)));
        return fields;
    }

    private static List<FieldChange> table(TableBlock before, TableBlock after) {
        List<FieldChange> fields = new ArrayList<>();
        fields.add(FieldChange.value("En-tête", before == null ? null : String.join(" | ", before.header()),
                after == null ? null : String.join(" | ", after.header())));
        int rows = Math.max(before == null ? 0 : before.rows().size(), after == null ? 0 : after.rows().size());
        for (int i = 0; i < rows; i++) {
            String old = before != null && i < before.rows().size() ? String.join(" | ", before.rows().get(i)) : null;
            String now = after != null && i < after.rows().size() ? String.join(" | ", after.rows().get(i)) : null;
            fields.add(FieldChange.value("Ligne " + (i + 1), old, now));
        }
        return fields;
    }

    private static List<FieldChange> image(ImageBlock before, ImageBlock after) {
        return List.of(
                FieldChange.value("Image", before == null ? null : Objects.toString(before.imageId(), null),
                        after == null ? null : Objects.toString(after.imageId(), null)),
                FieldChange.text("Légende", before == null ? null : before.caption(), after == null ? null : after.caption()),
                FieldChange.text("Texte de remplacement", before == null ? null : before.alt(), after == null ? null : after.alt()));
    }

    private static List<FieldChange> timeline(TimelineBlock before, TimelineBlock after) {
        Map<String, String> old = new LinkedHashMap<>();
        if (before != null) {
            before.events().forEach(e -> old.putIfAbsent(String.valueOf(e.date()), e.text()));
        }
        List<FieldChange> fields = new ArrayList<>();
        if (after != null) {
            for (TimelineEvent event : after.events()) {
                String key = String.valueOf(event.date());
                boolean existed = old.containsKey(key);
                String previous = old.remove(key);
                fields.add(existed ? FieldChange.text(key, previous, event.text()) : FieldChange.value(key, null, event.text()));
            }
        }
        old.forEach((date, text) -> fields.add(FieldChange.value(date, text, null)));
        return fields;
    }
}
