package fr.recueil.testing;

import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.FigureGroup;
import fr.recueil.chapter.content.KeyFigure;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;

import java.util.ArrayList;
import java.util.List;

/** Fills a chapter's required blocks with small, realistic content, keeping their ids. */
public final class SampleContent {

    private SampleContent() {
    }

    public static ChapterContent complete(ChapterContent template) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : template.blocks()) {
            blocks.add(switch (block) {
                case RichTextBlock b when b.body().isBlank() -> b.withBody("La direction accueille le public et accompagne les usagers.");
                case KeyFiguresBlock b when b.isEmpty() || figuresAwaitValues(b) -> b.withGroups(List.of(new FigureGroup("L'activité",
                        List.of(KeyFigure.number("148 183", "personnes reçues"), KeyFigure.number("99 %", "des demandes traitées")))));
                case AchievementsBlock b when b.isEmpty() -> b.withItems(List.of(
                        new Achievement("Un nouvel accueil", "Ouvert en mars dans trois espaces.", null, null, null)));
                default -> block;
            });
        }
        return new ChapterContent(blocks);
    }

    private static boolean figuresAwaitValues(KeyFiguresBlock block) {
        return !new ChapterContent(List.of(block)).missingValues().isEmpty();
    }
}
