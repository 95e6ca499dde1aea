package fr.recueil.chapter;

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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * "Reprendre l'an dernier": this year's chapter made from last year's approved one. Texts,
 * achievements, tables and images are copied; last year's figure values become this year's N-1
 * values and this year's values are left to fill in; budget labels stay, amounts are emptied.
 * Each of last year's blocks lands in this year's block of the same kind and title when there is
 * one (so required blocks stay the template's), otherwise it is added after them.
 */
final class PreviousYearPrefill {

    private PreviousYearPrefill() {
    }

    static ChapterContent prefill(ChapterContent current, ChapterContent lastYear, LongUnaryOperator copyImage) {
        List<Block> result = new ArrayList<>(current.blocks());
        Set<String> filled = new HashSet<>();
        for (Block old : lastYear.blocks()) {
            Block carried = carry(old, copyImage);
            int target = findTarget(result, old, filled);
            if (target >= 0) {
                Block existing = result.get(target);
                result.set(target, rebase(carried, existing));
                filled.add(existing.id());
            } else {
                Block added = rebase(carried, null);
                result.add(added);
                filled.add(added.id());
            }
        }
        return new ChapterContent(result);
    }

    private static int findTarget(List<Block> blocks, Block old, Set<String> filled) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < blocks.size(); i++) {
                Block candidate = blocks.get(i);
                boolean sameTitle = candidate.title().equalsIgnoreCase(old.title());
                if (candidate.type() == old.type() && !filled.contains(candidate.id()) && (pass == 1 || sameTitle)) {
                    // Second pass: same kind under another title, but only for the template's required blocks.
                    if (pass == 0 || candidate.required()) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Last year's block with this year's id, title and required flag, or as a new optional block. */
    private static Block rebase(Block carried, Block existing) {
        String id = existing == null ? ChapterTemplate.newId() : existing.id();
        boolean required = existing != null && existing.required();
        String title = existing == null ? carried.title() : existing.title();
        return switch (carried) {
            case RichTextBlock b -> new RichTextBlock(id, title, required, b.body());
            case KeyFiguresBlock b -> new KeyFiguresBlock(id, title, required, b.groups());
            case BudgetBlock b -> new BudgetBlock(id, title, required, b.kind(), b.lines(), b.comment());
            case AchievementsBlock b -> new AchievementsBlock(id, title, required, b.intro(), b.items());
            case TableBlock b -> new TableBlock(id, title, required, b.header(), b.rows());
            case ImageBlock b -> new ImageBlock(id, title, required, b.imageId(), b.caption(), b.alt());
            case TimelineBlock b -> new TimelineBlock(id, title, required, List.of());
        };
    }

    private static Block carry(Block old, LongUnaryOperator copyImage) {
        return switch (old) {
            case KeyFiguresBlock b -> b.withGroups(b.groups().stream()
                    .map(g -> new FigureGroup(g.heading(), g.figures().stream().map(PreviousYearPrefill::shift).toList()))
                    .toList());
            case BudgetBlock b -> b.withLines(b.lines().stream().map(l -> new BudgetLine(l.label(), null, l.detail())).toList());
            case AchievementsBlock b -> b.withItems(b.items().stream()
                    .map(a -> a.imageId() == null ? a
                            : new Achievement(a.title(), a.body(), copyImage.applyAsLong(a.imageId()), a.caption(), a.alt()))
                    .toList());
            case ImageBlock b -> b.imageId() == null ? b
                    : new ImageBlock(b.id(), b.title(), b.required(), copyImage.applyAsLong(b.imageId()), b.caption(), b.alt());
            default -> old;
        };
    }

    /** Last year's value moves to the N-1 column; this year's is left for the direction to type. */
    private static KeyFigure shift(KeyFigure figure) {
        if (figure.sentence()) {
            return figure;
        }
        return new KeyFigure(null, figure.label(), figure.value(), figure.note(), false);
    }
}
