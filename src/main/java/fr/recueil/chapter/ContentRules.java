package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.base.Unicode;
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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a chapter's content must respect before it is stored. A refusal names the block and
 * the field, in French, so the user can find and fix it; nothing is stored until all is right.
 * The limits are public so that forms can show them (counters, live checks) before the server refuses.
 */
public final class ContentRules {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 20_000;
    public static final int SHORT_TEXT_MAX = 1_000;
    public static final int BLOCKS_MAX = 60;
    public static final int ITEMS_MAX = 200;
    public static final int COLUMNS_MAX = 20;
    public static final int ROWS_MAX = 300;

    private ContentRules() {
    }

    static void check(ChapterContent content, ChapterContent before) {
        if (content.blocks().size() > BLOCKS_MAX) {
            throw new BusinessException("error.chapter.tooManyBlocks", BLOCKS_MAX);
        }
        Set<String> ids = new HashSet<>();
        for (Block block : content.blocks()) {
            if (!ids.add(block.id())) {
                throw new BusinessException("error.chapter.duplicateBlock");
            }
            checkBlock(block);
        }
        for (Block previous : before.blocks()) {
            if (previous.required() && content.block(previous.id()).isEmpty()) {
                throw new BusinessException("error.chapter.requiredRemoved", previous.title());
            }
        }
    }

    private static void checkBlock(Block block) {
        String where = block.title() == null || block.title().isBlank() ? "?" : block.title();
        if (block.title() == null || block.title().isBlank()) {
            throw new BusinessException("error.block.titleRequired");
        }
        if (block.title().length() > TITLE_MAX) {
            throw new BusinessException("error.block.titleTooLong", shorten(block.title()), TITLE_MAX, block.title().length());
        }
        Unicode.requireWellFormed(where, block.title());
        switch (block) {
            case RichTextBlock text -> text(where, text.body(), TEXT_MAX);
            case KeyFiguresBlock figures -> checkFigures(where, figures);
            case BudgetBlock budget -> checkBudget(where, budget);
            case AchievementsBlock achievements -> checkAchievements(where, achievements);
            case TableBlock table -> checkTable(where, table);
            case ImageBlock image -> image(where, image.imageId(), image.caption(), image.alt());
            case TimelineBlock timeline -> checkTimeline(where, timeline);
        }
    }

    private static void checkFigures(String where, KeyFiguresBlock block) {
        if (block.figureCount() > ITEMS_MAX) {
            throw new BusinessException("error.block.tooManyItems", where, ITEMS_MAX);
        }
        for (FigureGroup group : block.groups()) {
            shortText(where, group.heading());
            for (KeyFigure figure : group.figures()) {
                if (figure.isEmpty()) {
                    continue;
                }
                if (figure.label().isEmpty()) {
                    throw new BusinessException("error.figure.labelRequired", where, String.valueOf(figure.value()));
                }
                shortText(where, figure.label());
                shortText(where, figure.note());
                if (!figure.sentence() && figure.value() != null) {
                    figureValue(where, figure.label(), figure.value());
                }
                if (figure.previousValue() != null) {
                    figureValue(where, figure.label(), figure.previousValue());
                }
            }
        }
    }

    private static void figureValue(String where, String label, String value) {
        try {
            FigureValue.parse(value);
        } catch (BusinessException e) {
            throw new BusinessException("error.figure.in", where, shorten(label), e);
        }
    }

    private static void checkBudget(String where, BudgetBlock block) {
        if (block.lines().size() > ITEMS_MAX) {
            throw new BusinessException("error.block.tooManyItems", where, ITEMS_MAX);
        }
        for (BudgetLine line : block.lines()) {
            if (line.isEmpty()) {
                continue;
            }
            // An amount may wait to be typed (a draft, or labels carried over from last year).
            if (line.label().isEmpty()) {
                throw new BusinessException("error.budget.incomplete", where);
            }
            shortText(where, line.label());
            if (line.amount() == null) {
                continue;
            }
            try {
                line.parsedAmount();
            } catch (BusinessException e) {
                throw new BusinessException("error.figure.in", where, shorten(line.label()), e);
            }
        }
        text(where, block.comment(), SHORT_TEXT_MAX * 5);
    }

    private static void checkAchievements(String where, AchievementsBlock block) {
        if (block.items().size() > ITEMS_MAX) {
            throw new BusinessException("error.block.tooManyItems", where, ITEMS_MAX);
        }
        text(where, block.intro(), TEXT_MAX);
        for (Achievement item : block.items()) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.title().isEmpty()) {
                throw new BusinessException("error.achievement.titleRequired", where);
            }
            if (item.title().length() > TITLE_MAX) {
                throw new BusinessException("error.block.titleTooLong", shorten(item.title()), TITLE_MAX, item.title().length());
            }
            Unicode.requireWellFormed(where, item.title());
            text(where, item.body(), TEXT_MAX);
            if (item.imageId() != null) {
                image(where, item.imageId(), item.caption(), item.alt());
            }
        }
    }

    private static void checkTable(String where, TableBlock table) {
        if (table.columnCount() > COLUMNS_MAX) {
            throw new BusinessException("error.table.tooManyColumns", where, COLUMNS_MAX, table.columnCount());
        }
        if (table.rows().size() > ROWS_MAX) {
            throw new BusinessException("error.table.tooManyRows", where, ROWS_MAX);
        }
        table.header().forEach(cell -> shortText(where, cell));
        table.rows().forEach(row -> row.forEach(cell -> shortText(where, cell)));
    }

    private static void checkTimeline(String where, TimelineBlock timeline) {
        if (timeline.events().size() > ITEMS_MAX) {
            throw new BusinessException("error.block.tooManyItems", where, ITEMS_MAX);
        }
        for (TimelineEvent event : timeline.events()) {
            if (event.isEmpty()) {
                continue;
            }
            if (event.date() == null || event.text().isEmpty()) {
                throw new BusinessException("error.timeline.incomplete", where);
            }
            text(where, event.text(), SHORT_TEXT_MAX);
        }
    }

    private static void image(String where, Long imageId, String caption, String alt) {
        if (imageId != null && (alt == null || alt.isBlank())) {
            throw new BusinessException("error.image.altRequired", where);
        }
        shortText(where, caption);
        shortText(where, alt);
    }

    private static void text(String where, String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            throw new BusinessException("error.text.tooLong", where, max, text.length());
        }
        Unicode.requireWellFormed(where, text);
        if (RichText.holdsScript(text)) {
            throw new BusinessException("error.text.script", where);
        }
    }

    private static void shortText(String where, String text) {
        text(where, text, SHORT_TEXT_MAX);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    static List<String> describe(List<Block> blocks) {
        return blocks.stream().map(Block::title).toList();
    }
}
