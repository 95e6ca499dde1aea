package fr.recueil.chapter;

import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignOpened;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.OutlineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * When a campaign opens, every entry of its outline gets its chapter, from the template. In the
 * same transaction as the opening: a campaign is never open without its chapters.
 */
@Component
class ChapterCreation {

    private final ChapterRepository chapters;
    private final CampaignService campaigns;
    private final Clock clock;

    ChapterCreation(ChapterRepository chapters, CampaignService campaigns, Clock clock) {
        this.chapters = chapters;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CampaignOpened event) {
        Campaign campaign = SystemActor.call(() -> campaigns.campaign(event.campaignId()).orElseThrow());
        createMissing(campaign);
    }

    void createMissing(Campaign campaign) {
        for (OutlineEntry entry : campaign.getOutline()) {
            if (!chapters.existsByOutlineEntryId(entry.getId())) {
                chapters.save(new Chapter(campaign.getId(), entry.getId(), entry.getDirectionId(), entry.getTitle(),
                        ChapterTemplate.forKind(entry.getKind()), clock.instant(), SystemActor.LOGIN));
            }
        }
    }
}
