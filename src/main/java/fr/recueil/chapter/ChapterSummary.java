package fr.recueil.chapter;

import java.time.LocalDate;
import java.util.List;

/**
 * A chapter as lists show it: where it stands, its deadline, and which required blocks are still
 * empty.
 */
public record ChapterSummary(long id, long campaignId, int campaignYear, int annexNumber, String title,
                             long directionId, String directionName, ChapterState state, LocalDate deadline,
                             List<String> missingRequiredBlocks, long version) {
}
