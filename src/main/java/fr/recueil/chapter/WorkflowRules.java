package fr.recueil.chapter;

import fr.recueil.campaign.CampaignStatus;

/** What the campaign decides for the workflow of its chapters. */
public record WorkflowRules(int campaignYear, CampaignStatus campaignStatus, boolean directorValidationRequired) {
}
