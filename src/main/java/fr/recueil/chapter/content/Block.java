package fr.recueil.chapter.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One block of a chapter. Blocks have a stable id (comments and diffs refer to it), a title, and
 * are required when the campaign's template says so (a required block cannot be removed).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RichTextBlock.class, name = "RICH_TEXT"),
        @JsonSubTypes.Type(value = KeyFiguresBlock.class, name = "KEY_FIGURES"),
        @JsonSubTypes.Type(value = BudgetBlock.class, name = "BUDGET"),
        @JsonSubTypes.Type(value = AchievementsBlock.class, name = "ACHIEVEMENTS"),
        @JsonSubTypes.Type(value = TableBlock.class, name = "TABLE"),
        @JsonSubTypes.Type(value = ImageBlock.class, name = "IMAGE"),
        @JsonSubTypes.Type(value = TimelineBlock.class, name = "TIMELINE")
})
public sealed interface Block
        permits RichTextBlock, KeyFiguresBlock, BudgetBlock, AchievementsBlock, TableBlock, ImageBlock, TimelineBlock {

    String id();

    String title();

    boolean required();

    @JsonIgnore
    BlockType type();

    /** True while the block holds nothing a reader would see. */
    @JsonIgnore
    boolean isEmpty();

    /** The same block with another title. */
    Block withTitle(String newTitle);
}
