package fr.recueil.chapter;

import com.vaadin.flow.component.Component;

import java.util.List;
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

    /** What a header part may ask of the page it is on. */
    interface ChapterPage {

        /** The part changed the chapter: the page shows it again in place, with this message (what happened, what comes next). */
        void changed(String message);

        /** The part's action was refused: the page says why, with links to what must be fixed. */
        void refused(RuntimeException reason);
    }

    /** For the page header. */
    default Optional<HeaderPart> header(long chapterId, ChapterPage page) {
        return Optional.empty();
    }

    /** A point the direction must still address, such as a reviewer's unresolved comment on a block. */
    record OpenPoint(String blockId, String author, String text) {
    }

    /** The points still open on the chapter, shown at the top of the page while it is sent back. */
    default List<OpenPoint> openPoints(long chapterId) {
        return List.of();
    }

    /** What to show beside each block, by block id; asked once per page. */
    default Function<String, Optional<Component>> besideBlocks(long chapterId) {
        return blockId -> Optional.empty();
    }
}
