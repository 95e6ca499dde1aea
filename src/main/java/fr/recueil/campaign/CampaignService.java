package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Pole;
import fr.recueil.organisation.TransversalEntry;
import fr.recueil.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Yearly campaigns: every user reads them, administrators create and configure them. */
@Service
@Transactional
public class CampaignService {

    /** The part that gathers the directions outside any pôle, until DIRCOM renames it. */
    static final String STAND_ALONE_PART = "Directions rattachées à la direction générale";

    private final CampaignRepository campaigns;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ObjectProvider<PublicationCheck> publicationChecks;

    CampaignService(CampaignRepository campaigns, OrganisationService organisation,
                    ApplicationEventPublisher events, AuditTrail audit, CurrentUser currentUser, Clock clock,
                    ObjectProvider<PublicationCheck> publicationChecks) {
        this.publicationChecks = publicationChecks;
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.events = events;
        this.audit = audit;
        this.currentUser = currentUser;
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

    /** One campaign with names resolved and deadlines counted from today, for its administration page. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'COMMUNICATION')")
    @Transactional(readOnly = true)
    public CampaignOverview overview(long id) {
        return overviewOf(campaignOrFail(id), null);
    }

    /** The open campaign for the staff's dashboard: every chapter and every direction's deadline. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER', 'COMMUNICATION')")
    @Transactional(readOnly = true)
    public Optional<CampaignOverview> currentOverview() {
        return currentCampaign().map(campaign -> overviewOf(campaign, null));
    }

    /**
     * The open campaign as the current user writes in it: only the chapters written by one of
     * their directions (a transversal chapter counts for the direction that owns it).
     */
    @PreAuthorize("hasAnyRole('CONTRIBUTOR', 'DIRECTOR')")
    @Transactional(readOnly = true)
    public Optional<CampaignOverview> myCurrentChapters() {
        Set<Long> mine = currentUser.get().map(user -> user.directionIds()).orElse(Set.of());
        return currentCampaign().map(campaign -> overviewOf(campaign, mine));
    }

    /**
     * The campaign whose consolidated report DIRCOM works on: the open one; when none is open, the
     * latest closed or published one (the report being assembled, or the last one published).
     * A campaign in preparation has no report yet.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    @Transactional(readOnly = true)
    public Optional<CampaignOverview> reportOverview() {
        return currentCampaign()
                .or(() -> campaigns.findFirstByStatusInOrderByYearDesc(EnumSet.of(CampaignStatus.CLOSED, CampaignStatus.PUBLISHED)))
                .map(campaign -> overviewOf(campaign, null));
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
                        null, entry.labelFor(year), null));
            }
        }
        Map<Long, ReportPart> partsByPole = new LinkedHashMap<>();
        for (Direction direction : organisation.directions()) {
            boolean poleActive = direction.getPole() == null || direction.getPole().isActive();
            if (direction.isActive() && poleActive) {
                ReportPart part = partsByPole.computeIfAbsent(direction.getPoleId(), poleId -> campaign.addPart(
                        poleId == null ? STAND_ALONE_PART : direction.getPole().getName(), poleId));
                campaign.addToOutline(new OutlineEntry(OutlineEntryKind.DIRECTION, direction.getId(),
                        direction.getPoleId(), direction.getName(), part));
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

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign addPart(long id, String title) {
        Campaign campaign = campaignOrFail(id);
        ReportPart part = campaign.addPart(title, null);
        audit.record("REPORT_PART_ADDED", campaign.getTitle(), part.getTitle());
        return campaign;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign renamePart(long id, long partId, String title) {
        Campaign campaign = campaignOrFail(id);
        String before = campaign.part(partId).map(ReportPart::getTitle).orElse("?");
        campaign.renamePart(partId, title);
        audit.record("REPORT_PART_RENAMED", campaign.getTitle(), before + " → " + campaign.part(partId).orElseThrow().getTitle());
        return campaign;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign removePart(long id, long partId) {
        Campaign campaign = campaignOrFail(id);
        String title = campaign.part(partId).map(ReportPart::getTitle).orElse("?");
        campaign.removePart(partId);
        audit.record("REPORT_PART_REMOVED", campaign.getTitle(), title);
        return campaign;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign movePart(long id, long partId, int newIndex) {
        Campaign campaign = campaignOrFail(id);
        campaign.movePart(partId, newIndex);
        audit.record("REPORT_PART_MOVED", campaign.getTitle(),
                campaign.part(partId).orElseThrow().getTitle() + " en position " + (newIndex + 1));
        return campaign;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign moveEntryToPart(long id, long entryId, long partId) {
        Campaign campaign = campaignOrFail(id);
        campaign.moveEntryToPart(entryId, partId);
        audit.record("OUTLINE_ENTRY_MOVED", campaign.getTitle(), campaign.outlineEntry(entryId).orElseThrow().getTitle()
                + " → " + campaign.part(partId).orElseThrow().getTitle());
        return campaign;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Campaign changeStatus(long id, CampaignStatus target) {
        Campaign campaign = campaignOrFail(id);
        CampaignStatus from = campaign.getStatus();
        if (target == CampaignStatus.PUBLISHED && campaign.nextStatuses().contains(target)) {
            // a published campaign always gives its final report
            long notApproved = publicationChecks.orderedStream().mapToLong(check -> check.chaptersNotApproved(campaign)).sum();
            if (notApproved > 0) {
                throw new BusinessException("error.campaign.publishNotApproved", notApproved, campaign.getOutline().size());
            }
        }
        campaign.moveTo(target);
        audit.record("CAMPAIGN_STATUS", campaign.getTitle(), from + " → " + target);
        events.publishEvent(new CampaignStatusChanged(campaign.getId(), campaign.getYear(), from, target));
        if (target == CampaignStatus.OPEN) {
            events.publishEvent(new CampaignOpened(campaign.getId(), campaign.getYear()));
        }
        return campaign;
    }

    /**
     * Takes a chapter out of the campaign's outline, for a reason that the audit trail keeps ("direction
     * merged into the DRH", "absent from the imported report"). Its chapter goes with it when it holds
     * nothing; a chapter holding content is refused (see {@link OutlineEntryRemoving}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign removeFromOutline(long id, long entryId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.outline.removeReason");
        }
        Campaign campaign = campaignOrFail(id);
        OutlineEntry entry = campaign.outlineEntry(entryId).orElseThrow(() -> new BusinessException("error.outline.notFound"));
        if (campaign.isFrozen()) {
            throw new BusinessException("error.campaign.published", campaign.getYear());
        }
        events.publishEvent(new OutlineEntryRemoving(id, entryId, entry.getTitle(), reason.strip()));
        campaign.removeFromOutline(entryId);
        audit.record("OUTLINE_ENTRY_REMOVED", campaign.getTitle(), entry.getTitle() + " : " + reason.strip());
        return campaign;
    }

    /** The campaign's chapters (only those of {@code onlyDirections} unless null) with names and deadlines. */
    private CampaignOverview overviewOf(Campaign campaign, Set<Long> onlyDirections) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Direction> directions = organisation.directions().stream()
                .collect(Collectors.toMap(Direction::getId, Function.identity()));
        Map<Long, String> poleNames = organisation.poles().stream()
                .collect(Collectors.toMap(Pole::getId, Pole::getName));
        List<OutlineEntry> outline = campaign.getOutline();
        List<ChapterLine> chapters = new ArrayList<>();
        for (int position = 0; position < outline.size(); position++) {
            OutlineEntry entry = outline.get(position);
            long directionId = entry.getDirectionId();
            if (onlyDirections != null && !onlyDirections.contains(directionId)) {
                continue;
            }
            Direction direction = directions.get(directionId);
            chapters.add(new ChapterLine(entry.getId(), position, campaign.getFirstAnnexNumber() + position,
                    entry.getKind(), entry.getTitle(), directionId, nameOf(direction), shortNameOf(direction),
                    entry.getPoleId(), poleNames.get(entry.getPoleId()), entry.getPartId(),
                    entry.getPart() == null ? null : entry.getPart().getTitle(),
                    Countdown.of(campaign.deadlineFor(directionId), today),
                    campaign.getDeadlineOverrides().containsKey(directionId)));
        }
        // Each writing direction once, in the order of its own chapter; owners of transversal chapters only after.
        Map<Long, DirectionDeadline> deadlines = new LinkedHashMap<>();
        for (OutlineEntryKind kind : List.of(OutlineEntryKind.DIRECTION, OutlineEntryKind.TRANSVERSAL)) {
            for (ChapterLine chapter : chapters) {
                if (chapter.kind() != kind || deadlines.containsKey(chapter.directionId())) {
                    continue;
                }
                Direction direction = directions.get(chapter.directionId());
                Long poleId = kind == OutlineEntryKind.DIRECTION ? chapter.poleId()
                        : direction == null ? null : direction.getPoleId();
                deadlines.put(chapter.directionId(), new DirectionDeadline(chapter.directionId(), chapter.directionName(),
                        chapter.directionShortName(), poleId, poleNames.get(poleId), chapter.deadline(),
                        campaign.getDeadlineOverrides().get(chapter.directionId())));
            }
        }
        return new CampaignOverview(campaign, Countdown.of(campaign.getDeadline(), today), chapters,
                List.copyOf(deadlines.values()));
    }

    private static String nameOf(Direction direction) {
        return direction == null ? "?" : direction.getName();
    }

    private static String shortNameOf(Direction direction) {
        return direction == null ? "?" : direction.getShortName();
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

    /**
     * The campaign of a past year whose report is being imported from its Word file (DIRCOM or an
     * administrator): created with today's outline and opened at once, so that its chapters exist.
     * Nobody is told: the chapters are filled as approved content and the campaign published after.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign openForImport(int year) {
        Campaign campaign = create(year, "Rapport d'activité " + year, LocalDate.of(year + 1, 3, 31), false);
        return changeStatus(campaign.getId(), CampaignStatus.OPEN);
    }

    /** Closes and publishes a campaign whose chapters were all imported (see {@link #openForImport}). */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Campaign publishImported(long id) {
        Campaign campaign = campaignOrFail(id);
        if (campaign.getStatus() == CampaignStatus.OPEN) {
            changeStatus(id, CampaignStatus.CLOSED);
        }
        return changeStatus(id, CampaignStatus.PUBLISHED);
    }
}
