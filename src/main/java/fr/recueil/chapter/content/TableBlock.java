package fr.recueil.chapter.content;

import java.util.List;

/** A data table: a header row and data rows of text cells. */
public record TableBlock(String id, String title, boolean required, List<String> header, List<List<String>> rows)
        implements Block {

    public TableBlock {
        header = Texts.copy(header);
        rows = rows == null ? List.of() : rows.stream().map(Texts::copy).toList();
    }

    @Override
    public BlockType type() {
        return BlockType.TABLE;
    }

    @Override
    public boolean isEmpty() {
        return rows.stream().flatMap(List::stream).allMatch(Texts::blank);
    }

    @Override
    public TableBlock withTitle(String newTitle) {
        return new TableBlock(id, newTitle, required, header, rows);
    }

    public int columnCount() {
        return Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
    }
}
