package fr.recueil.campaign;

/** A campaign was opened to the directions: their chapters can now be written. */
public record CampaignOpened(long campaignId, int year) {
}
