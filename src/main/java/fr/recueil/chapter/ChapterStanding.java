package fr.recueil.chapter;

import java.time.Instant;

/** Where a chapter stands in its workflow, without its content: for boards listing a whole campaign. */
public record ChapterStanding(long id, long version, long outlineEntryId, String title, long directionId,
                              ChapterState state, String assignee, Instant stateSince) {
}
