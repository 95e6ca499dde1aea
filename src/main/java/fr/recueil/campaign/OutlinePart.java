package fr.recueil.campaign;

import java.util.List;

/**
 * A run of consecutive chapters of the outline under one heading of the report: the transversal
 * chapters, one pôle's chapters, or the stand-alone chapters.
 *
 * @param poleName null unless {@code kind} is {@link Kind#POLE}
 */
public record OutlinePart(Kind kind, Long poleId, String poleName, List<ChapterLine> chapters) {

    public enum Kind {
        TRANSVERSAL,
        POLE,
        STAND_ALONE
    }

    public OutlinePart {
        chapters = List.copyOf(chapters);
    }
}
