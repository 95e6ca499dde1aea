package fr.recueil.chapter;

import com.vaadin.flow.component.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * What other modules add to a chapter's editing page, without the chapter module knowing them:
 * the workflow's actions in the header, the review's comment threads beside each block.
 */
public interface ChapterPageExtension {

    /** A part of the page header, shown again with the chapter after every save or reload. */
    interface HeaderPart {

        Component component();

        void show(Chapter chapter);
    }

    /** For the page header; {@code reload} shows the page again after the part changed the chapter. */
    default Optional<HeaderPart> header(long chapterId, Runnable reload) {
        return Optional.empty();
    }

    /** What to show beside each block, by block id; asked once per page. */
    default Function<String, Optional<Component>> besideBlocks(long chapterId) {
        return blockId -> Optional.empty();
    }
}
