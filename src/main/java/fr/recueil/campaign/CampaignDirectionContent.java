package fr.recueil.campaign;

import fr.recueil.organisation.DirectionContent;
import org.springframework.stereotype.Component;

/** A direction named in a campaign's outline or deadlines has content: it must not be deleted. */
@Component
class CampaignDirectionContent implements DirectionContent {

    private final CampaignRepository campaigns;

    CampaignDirectionContent(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public boolean exists(long directionId) {
        return campaigns.outlineMentions(directionId) || campaigns.deadlineMentions(directionId);
    }
}
