package fr.recueil.importing;

import fr.recueil.chapter.content.Achievement;
import fr.recueil.chapter.content.AchievementsBlock;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.chapter.content.ImageBlock;

import java.util.Map;

/** The analysis numbers pictures with negative ids; the import swaps them for the stored images' ids. */
final class ImageIds {

    private ImageIds() {
    }

    static ChapterContent replace(ChapterContent content, Map<Long, Long> stored) {
        if (stored.isEmpty()) {
            return content;
        }
        return new ChapterContent(content.blocks().stream().map(block -> replace(block, stored)).toList());
    }

    private static Block replace(Block block, Map<Long, Long> stored) {
        return switch (block) {
            case ImageBlock image when image.imageId() != null && stored.containsKey(image.imageId()) ->
                    new ImageBlock(image.id(), image.title(), image.required(), stored.get(image.imageId()), image.caption(), image.alt());
            case AchievementsBlock achievements -> achievements.withItems(achievements.items().stream()
                    .map(item -> item.imageId() != null && stored.containsKey(item.imageId())
                            ? new Achievement(item.title(), item.body(), stored.get(item.imageId()), item.caption(), item.alt())
                            : item)
                    .toList());
            default -> block;
        };
    }
}
