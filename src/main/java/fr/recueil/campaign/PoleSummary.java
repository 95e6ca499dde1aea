package fr.recueil.campaign;

import java.util.List;

/**
 * One line of the dashboard's table: a part of the report (transversal chapters, a pôle, the
 * stand-alone chapters), its number of chapters and the directions in it that must hand in earlier
 * than the rest of the campaign.
 */
public record PoleSummary(OutlinePart.Kind kind, Long poleId, String poleName, int chapterCount,
                          List<DirectionDeadline> earlierDeadlines) {

    public PoleSummary {
        earlierDeadlines = List.copyOf(earlierDeadlines);
    }
}
