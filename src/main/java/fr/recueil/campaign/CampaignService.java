package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.TransversalEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Yearly campaigns: every user reads them, administrators create and configure them. */
@Service
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, OrganisationService organisation,
                    ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        return campaigns.findAllByOrderByYearDesc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Campaign> campaign(long id) {
        return campaigns.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Campaign> campaignOfYear(int year) {
        return campaigns.findByYear(year);
    }

    /** The campaign directions are working on now: the latest open one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Campaign> currentCampaign() {
        return campaigns.findFirstByStatusOrderByYearDesc(CampaignStatus.OPEN);
    }

    /**
     * Creates the campaign in preparation, with an outline made from today's organisation:
     * transversal chapters first, then the directions pôle by pôle, then the stand-alone entries.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Campaign create(int year, String title, LocalDate deadline, boolean directorValidationRequired) {
        if (campaigns.existsByYear(year)) {
            throw new BusinessException("error.campaign.duplicateYear", year);
        }
        Campaign campaign = new Campaign(year, title, deadline, directorValidationRequired, clock.instant());
        for (TransversalEntry entry : organisation.transversalEntries()) {
            if (entry.isActive()) {
                campaign.addToOutline(new OutlineEntry(OutlineEntryKind.TRANSVERSAL, entry.getOwnerDirectionId(),
                        null, entry.labelFor(year)));
            }
        }
        for (Direction direction : organisation.directions()) {
            boolean poleActive = direction.getPole() == null || direction.getPole().isActive();
            if (direction.isActive() && poleActive) {
                campaign.addToOutline(new OutlineEntry(OutlineEntryKind.DIRECTION, direction.getId(),
                        direction.getPoleId(), direction.getName()));
            }
        }
        campaigns.save(campaign);
        audit.record("CAMPAIGN_CREATED", campaign.getTitle(), "date limite " + deadline);
        return campaign;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Campaign configure(long id, String title, LocalDate deadline, boolean directorValidationRequired,
                              int firstAnnexNumber, long expectedVersion) {
        Campaign campaign = campaignForUpdate(id, expectedVersion);
        campaign.configure(title, deadline, directorValidationRequired, firstAnnexNumber);
        audit.record("CAMPAIGN_CONFIGURED", campaign.getTitle(), "date limite " + deadline
                + (directorValidationRequired ? ", validation direction requise" : ""));
        return campaign;
    }

    /** Gives one direction its own deadline; null restores the campaign's. */
    @PreAuthorize("hasRole('ADMIN')")
    public Campaign overrideDeadline(long id, long directionId, LocalDate deadline) {
        Campaign campaign = campaignOrFail(id);
        Direction direction = organisation.direction(directionId)
                .orElseThrow(() -> new BusinessException("error.direction.notFound"));
        campaign.overrideDeadline(directionId, deadline);
        audit.record("CAMPAIGN_DEADLINE_OVERRIDDEN", campaign.getTitle(),
                direction.getShortName() + " : " + (deadline == null ? "date de la campagne" : deadline));
        return campaign;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign moveOutlineEntry(long id, long entryId, int newIndex) {
        Campaign campaign = campaignOrFail(id);
        campaign.moveOutlineEntry(entryId, newIndex);
        audit.record("OUTLINE_REORDERED", campaign.getTitle(), "entrée " + entryId + " en position " + (newIndex + 1));
        return campaign;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Campaign changeStatus(long id, CampaignStatus target) {
        Campaign campaign = campaignOrFail(id);
        CampaignStatus from = campaign.getStatus();
        campaign.moveTo(target);
        audit.record("CAMPAIGN_STATUS", campaign.getTitle(), from + " → " + target);
        events.publishEvent(new CampaignStatusChanged(campaign.getId(), campaign.getYear(), from, target));
        if (target == CampaignStatus.OPEN) {
            events.publishEvent(new CampaignOpened(campaign.getId(), campaign.getYear()));
        }
        return campaign;
    }

    private Campaign campaignOrFail(long id) {
        return campaigns.findById(id).orElseThrow(() -> new BusinessException("error.campaign.notFound"));
    }

    private Campaign campaignForUpdate(long id, long expectedVersion) {
        Campaign campaign = campaignOrFail(id);
        if (campaign.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange", campaign.getTitle());
        }
        return campaign;
    }
}
