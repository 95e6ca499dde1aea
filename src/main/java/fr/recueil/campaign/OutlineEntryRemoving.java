package fr.recueil.campaign;

/**
 * An entry is about to leave a campaign's outline, with the reason given: its chapter (an empty one; a
 * chapter holding content is never thrown away) goes with it. Listeners run in the removing transaction
 * and refuse by throwing.
 */
public record OutlineEntryRemoving(long campaignId, long entryId, String title, String reason) {
}
