package fr.recueil.chapter.content;

import fr.recueil.base.Translatable;

public enum BlockType implements Translatable {
    RICH_TEXT,
    KEY_FIGURES,
    BUDGET,
    ACHIEVEMENTS,
    TABLE,
    IMAGE,
    TIMELINE;

    @Override
    public String labelKey() {
        return "block.type." + name();
    }
}
