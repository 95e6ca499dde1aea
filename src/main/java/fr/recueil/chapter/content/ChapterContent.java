package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a chapter says: its ordered blocks. Immutable; every change makes a new content. */
public record ChapterContent(List<Block> blocks) {

    public ChapterContent {
        blocks = Texts.copy(blocks);
    }

    public static ChapterContent empty() {
        return new ChapterContent(List.of());
    }

    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The required blocks that are still empty, in order: what keeps the chapter from being complete. */
    @JsonIgnore
    public List<Block> missingRequiredBlocks() {
        return blocks.stream().filter(Block::required).filter(Block::isEmpty).toList();
    }

    /**
     * A value the chapter still lacks: a key figure's value, or the reason it is not available.
     * The completeness panel and the submission's refusal both list these, so they always agree.
     */
    public record MissingValue(String blockId, String blockTitle, String label, boolean reasonOnly) {
    }

    /** The key figures still waiting for their value (or for the reason they are not available), in order. */
    @JsonIgnore
    public List<MissingValue> missingValues() {
        List<MissingValue> missing = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof KeyFiguresBlock figures) {
                for (FigureGroup group : figures.groups()) {
                    for (KeyFigure figure : group.figures()) {
                        if (figure.isAwaitingValue()) {
                            missing.add(new MissingValue(block.id(), block.title(), figure.label(), figure.unavailable() != null));
                        }
                    }
                }
            }
        }
        return missing;
    }

    /** Nothing required is missing: every required block has content and every key figure its value. */
    @JsonIgnore
    public boolean isComplete() {
        return missingRequiredBlocks().isEmpty() && missingValues().isEmpty();
    }

    @JsonIgnore
    public boolean isBlank() {
        return blocks.stream().allMatch(Block::isEmpty);
    }

    public ChapterContent replace(Block block) {
        List<Block> updated = new ArrayList<>(blocks);
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).id().equals(block.id())) {
                updated.set(i, block);
                return new ChapterContent(updated);
            }
        }
        throw new IllegalArgumentException("no block " + block.id());
    }
}
