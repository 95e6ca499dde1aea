package fr.recueil.chapter.content;

import java.util.List;

/** "Les chiffres clés de l'année": groups of key figures. */
public record KeyFiguresBlock(String id, String title, boolean required, List<FigureGroup> groups) implements Block {

    public KeyFiguresBlock {
        groups = Texts.copy(groups);
    }

    @Override
    public BlockType type() {
        return BlockType.KEY_FIGURES;
    }

    @Override
    public boolean isEmpty() {
        return groups.stream().allMatch(FigureGroup::isEmpty);
    }

    @Override
    public KeyFiguresBlock withTitle(String newTitle) {
        return new KeyFiguresBlock(id, newTitle, required, groups);
    }

    public KeyFiguresBlock withGroups(List<FigureGroup> newGroups) {
        return new KeyFiguresBlock(id, title, required, newGroups);
    }

    public int figureCount() {
        return groups.stream().mapToInt(g -> g.figures().size()).sum();
    }
}
