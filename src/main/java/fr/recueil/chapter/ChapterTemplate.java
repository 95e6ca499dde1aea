package fr.recueil.chapter;

import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.BudgetBlock;
import fr.recueil.chapter.content.BudgetKind;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.ImageBlock;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.chapter.content.TableBlock;
import fr.recueil.chapter.content.TimelineBlock;
import fr.recueil.chapter.content.BlockType;

import java.util.List;
import java.util.UUID;

/**
 * The blocks a new chapter starts with. A direction's chapter has the four sections of the report
 * (missions, key figures and achievements required; the budget optional); a transversal chapter
 * starts with one required text. Block titles are report text, hence French.
 */
public final class ChapterTemplate {

    public static final String MISSIONS = "Missions de la direction";
    public static final String KEY_FIGURES = "Les chiffres clés de l'année";
    public static final String BUDGET = "Le budget";
    public static final String ACHIEVEMENTS = "Les grandes réalisations de l'année";

    private ChapterTemplate() {
    }

    public static ChapterContent forKind(OutlineEntryKind kind) {
        if (kind == OutlineEntryKind.TRANSVERSAL) {
            return new ChapterContent(List.of(new RichTextBlock(newId(), "Présentation", true, "")));
        }
        return new ChapterContent(List.of(
                new RichTextBlock(newId(), MISSIONS, true, ""),
                new KeyFiguresBlock(newId(), KEY_FIGURES, true, List.of(new FigureGroup(null, List.of()))),
                new BudgetBlock(newId(), BUDGET, false, BudgetKind.PARTS_OF_TOTAL, List.of(), ""),
                new AchievementsBlock(newId(), ACHIEVEMENTS, true, "", List.of())));
    }

    /** A new, empty optional block of the given type, as the "add a block" menu creates it. */
    public static Block newBlock(BlockType type, String title) {
        return switch (type) {
            case RICH_TEXT -> new RichTextBlock(newId(), title, false, "");
            case KEY_FIGURES -> new KeyFiguresBlock(newId(), title, false, List.of(new FigureGroup(null, List.of())));
            case BUDGET -> new BudgetBlock(newId(), title, false, BudgetKind.PARTS_OF_TOTAL, List.of(), "");
            case ACHIEVEMENTS -> new AchievementsBlock(newId(), title, false, "", List.of());
            case TABLE -> new TableBlock(newId(), title, false, List.of("", ""), List.of(List.of("", "")));
            case IMAGE -> new ImageBlock(newId(), title, false, null, null, null);
            case TIMELINE -> new TimelineBlock(newId(), title, false, List.of());
        };
    }

    /** The French title a block of this type starts with when the user adds it (report text). */
    public static String defaultTitle(BlockType type) {
        return switch (type) {
            case RICH_TEXT -> "Focus";
            case KEY_FIGURES -> "Chiffres clés";
            case BUDGET -> BUDGET;
            case ACHIEVEMENTS -> "Faits marquants";
            case TABLE -> "Tableau";
            case IMAGE -> "Image";
            case TIMELINE -> "L'année en dates";
        };
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
