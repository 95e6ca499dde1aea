package fr.recueil.campaign;

import java.util.List;

/**
 * A heading of the report's table of contents with its chapters, in order: the transversal
 * chapters (no part, no title), or one part of the report (possibly still empty).
 */
public record OutlinePart(Long partId, String title, List<ChapterLine> chapters) {

    /** Where a chapter stands for the dashboards' grouping: transversal, in a pôle, or stand-alone. */
    public enum Kind {
        TRANSVERSAL,
        POLE,
        STAND_ALONE
    }

    public OutlinePart {
        chapters = List.copyOf(chapters);
    }

    public boolean transversal() {
        return partId == null;
    }
}
