package fr.recueil.chapter.content;

import java.util.List;

/** "Les grandes réalisations de l'année": ordered achievements. */
public record AchievementsBlock(String id, String title, boolean required, List<Achievement> items) implements Block {

    public AchievementsBlock {
        items = Texts.copy(items);
    }

    @Override
    public BlockType type() {
        return BlockType.ACHIEVEMENTS;
    }

    @Override
    public boolean isEmpty() {
        return items.stream().allMatch(Achievement::isEmpty);
    }

    @Override
    public AchievementsBlock withTitle(String newTitle) {
        return new AchievementsBlock(id, newTitle, required, items);
    }

    public AchievementsBlock withItems(List<Achievement> newItems) {
        return new AchievementsBlock(id, title, required, newItems);
    }
}
