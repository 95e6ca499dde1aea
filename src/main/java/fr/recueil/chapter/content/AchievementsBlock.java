package fr.recueil.chapter.content;

import java.util.List;

/**
 * "Les grandes réalisations de l'année": an optional introduction (some directions write their
 * achievements as one untitled text) and ordered, titled achievements.
 */
public record AchievementsBlock(String id, String title, boolean required, String intro, List<Achievement> items)
        implements Block {

    public AchievementsBlock {
        intro = Texts.orEmpty(intro);
        items = Texts.copy(items);
    }

    @Override
    public BlockType type() {
        return BlockType.ACHIEVEMENTS;
    }

    @Override
    public boolean isEmpty() {
        return Texts.blank(intro) && items.stream().allMatch(Achievement::isEmpty);
    }

    @Override
    public AchievementsBlock withTitle(String newTitle) {
        return new AchievementsBlock(id, newTitle, required, intro, items);
    }

    public AchievementsBlock withItems(List<Achievement> newItems) {
        return new AchievementsBlock(id, title, required, intro, newItems);
    }

    public AchievementsBlock withIntro(String newIntro) {
        return new AchievementsBlock(id, title, required, newIntro, items);
    }
}
