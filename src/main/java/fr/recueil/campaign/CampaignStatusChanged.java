package fr.recueil.campaign;

/** A campaign moved from one status to another (opened, closed, published, unpublished). */
public record CampaignStatusChanged(long campaignId, int year, CampaignStatus from, CampaignStatus to) {
}
