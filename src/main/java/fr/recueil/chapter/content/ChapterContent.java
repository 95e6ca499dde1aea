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
