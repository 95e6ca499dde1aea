package fr.recueil.importing;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.ChapterTemplate;
import fr.recueil.chapter.ContentRules;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.KeyFiguresBlock;
import fr.recueil.chapter.content.RichTextBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Several sections of the document given to one direction, merged in document order: the first
 * one's blocks, then each following section's, its title kept as the title of its first text
 * (or of a text block of its own), so that nothing it said is lost.
 */
final class SectionMerge {

    private SectionMerge() {
    }

    static ChapterContent merge(List<AnalysedChapter> sections) {
        if (sections.size() == 1) {
            return sections.getFirst().content();
        }
        List<Block> blocks = new ArrayList<>(sections.getFirst().content().blocks());
        for (AnalysedChapter section : sections.subList(1, sections.size())) {
            List<Block> own = new ArrayList<>(section.content().blocks());
            String title = shorten(section.heading());
            if (!own.isEmpty() && own.getFirst() instanceof RichTextBlock intro && !intro.required()
                    && ChapterBuilder.INTRO_TITLE.equals(intro.title())) {
                own.set(0, new RichTextBlock(intro.id(), title, false, intro.body()));
            } else {
                own.addFirst(new RichTextBlock(ChapterTemplate.newId(), title, false, ""));
            }
            // The template's blocks appear once: a later section's are ordinary blocks.
            own.replaceAll(SectionMerge::optional);
            blocks.addAll(own);
        }
        if (blocks.size() > ContentRules.BLOCKS_MAX) {
            throw new BusinessException("error.import.mergedTooLarge", sections.getFirst().heading(), ContentRules.BLOCKS_MAX);
        }
        return new ChapterContent(blocks);
    }

    private static Block optional(Block block) {
        if (!block.required()) {
            return block;
        }
        return switch (block) {
            case RichTextBlock b -> new RichTextBlock(b.id(), b.title(), false, b.body());
            case KeyFiguresBlock b ->
                    new KeyFiguresBlock(b.id(), b.title(), false, b.groups());
            case AchievementsBlock b ->
                    new AchievementsBlock(b.id(), b.title(), false, b.intro(), b.items());
            default -> block;
        };
    }

    private static String shorten(String title) {
        String text = title.strip();
        return text.length() > ContentRules.TITLE_MAX ? text.substring(0, ContentRules.TITLE_MAX) : text;
    }
}
