package fr.recueil.assembly;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The report's cover and editorial: DIRCOM and administrators write them; until they do, the cover
 * shows the campaign's title.
 */
@Service
@Transactional
public class FrontMatterService {

    private final ReportFrontMatterRepository frontMatters;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final Clock clock;

    FrontMatterService(ReportFrontMatterRepository frontMatters, CampaignService campaigns, AuditTrail audit, Clock clock) {
        this.frontMatters = frontMatters;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cover and editorial as saved, or the defaults (the campaign's title) while never saved. */
    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public ReportFrontMatter frontMatter(long campaignId) {
        Campaign campaign = campaign(campaignId);
        return frontMatters.findById(campaignId)
                .orElseGet(() -> new ReportFrontMatter(campaignId, campaign.getTitle(), campaign.getCreatedAt(), "system"));
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportFrontMatter describe(long campaignId, long expectedVersion, String coverTitle, String subtitle,
                                      String authority, String editorialTitle, String editorialBody) {
        ReportFrontMatter frontMatter = forUpdate(campaignId, expectedVersion);
        frontMatter.describe(coverTitle, subtitle, authority, editorialTitle, editorialBody, clock.instant(), actor());
        audit.record("REPORT_COVER_CHANGED", frontMatter.getCoverTitle(),
                frontMatter.getEditorialBody() == null ? "sans éditorial" : "avec éditorial");
        return frontMatters.saveAndFlush(frontMatter);
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportFrontMatter changeLogo(long campaignId, String fileName, byte[] bytes) {
        ReportFrontMatter frontMatter = forUpdate(campaignId, null);
        frontMatter.changeLogo(fileName, bytes, clock.instant(), actor());
        audit.record("REPORT_LOGO_CHANGED", frontMatter.getCoverTitle(), fileName);
        return frontMatters.saveAndFlush(frontMatter);
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportFrontMatter removeLogo(long campaignId) {
        ReportFrontMatter frontMatter = forUpdate(campaignId, null);
        frontMatter.removeLogo(clock.instant(), actor());
        audit.record("REPORT_LOGO_REMOVED", frontMatter.getCoverTitle(), "");
        return frontMatters.saveAndFlush(frontMatter);
    }

    /** The saved front matter, or a new one; a published report's is frozen like the rest of it. */
    private ReportFrontMatter forUpdate(long campaignId, Long expectedVersion) {
        Campaign campaign = campaign(campaignId);
        if (campaign.isFrozen()) {
            throw new BusinessException("error.campaign.published", campaign.getYear());
        }
        ReportFrontMatter frontMatter = frontMatters.findById(campaignId)
                .orElseGet(() -> new ReportFrontMatter(campaignId, campaign.getTitle(), clock.instant(), actor()));
        if (expectedVersion != null && frontMatter.getVersion() != expectedVersion) {
            throw new BusinessException("error.report.coverConflict", frontMatter.getUpdatedBy());
        }
        return frontMatter;
    }

    private Campaign campaign(long campaignId) {
        return campaigns.campaign(campaignId).orElseThrow(() -> new BusinessException("error.campaign.notFound"));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
