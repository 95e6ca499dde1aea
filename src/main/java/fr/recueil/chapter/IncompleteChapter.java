package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A submission refused because the chapter lacks something: the required blocks still empty and the
 * key figures still waiting for their value, the same list as the editor's "À compléter" panel.
 * It names the blocks so that the page can take the user to each of them.
 */
public class IncompleteChapter extends BusinessException {

    private static final int NAMED = 5;

    private final transient List<Block> emptyBlocks;
    private final transient List<ChapterContent.MissingValue> missingValues;

    IncompleteChapter(List<Block> emptyBlocks, List<ChapterContent.MissingValue> missingValues) {
        super(key(emptyBlocks, missingValues), emptyBlocks.size(), quoted(emptyBlocks.stream().map(Block::title)),
                missingValues.size(), quoted(missingValues.stream().map(ChapterContent.MissingValue::label)));
        this.emptyBlocks = List.copyOf(emptyBlocks);
        this.missingValues = List.copyOf(missingValues);
    }

    /** The blocks to go to, in the chapter's order, once each. */
    public List<Block> blocksToFix(ChapterContent content) {
        return content.blocks().stream()
                .filter(b -> emptyBlocks.stream().anyMatch(e -> e.id().equals(b.id()))
                        || missingValues.stream().anyMatch(m -> m.blockId().equals(b.id())))
                .toList();
    }

    public List<Block> emptyBlocks() {
        return emptyBlocks;
    }

    public List<ChapterContent.MissingValue> missingValues() {
        return missingValues;
    }

    private static String key(List<Block> emptyBlocks, List<ChapterContent.MissingValue> missingValues) {
        if (missingValues.isEmpty()) {
            return "error.workflow.incomplete.blocks";
        }
        return emptyBlocks.isEmpty() ? "error.workflow.incomplete.values" : "error.workflow.incomplete.both";
    }

    private static String quoted(Stream<String> names) {
        List<String> all = names.toList();
        String shown = all.stream().limit(NAMED).map(n -> "« " + n + " »").collect(Collectors.joining(", "));
        return all.size() > NAMED ? shown + ", …" : shown;
    }
}
