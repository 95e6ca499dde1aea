package fr.recueil.chapter;

import fr.recueil.base.BusinessException;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.chapter.content.Block;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading and writing chapters. Every method checks, on the server, that the caller may see the
 * chapter (member of its direction, or reviewer, communication, administrator) and may change it
 * (member of its direction, chapter editable, campaign open).
 */
@Service
@Transactional
public class ChapterService {

    private final ChapterRepository chapters;
    private final ChapterRevisionRepository revisions;
    private final ChapterAccess access;
    private final CampaignService campaigns;
    private final OrganisationService organisation;
    private final ImageStore images;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChapterService(ChapterRepository chapters, ChapterRevisionRepository revisions, ChapterAccess access,
                   CampaignService campaigns, OrganisationService organisation, ImageStore images,
                   CurrentUser currentUser, Clock clock) {
        this.chapters = chapters;
        this.revisions = revisions;
        this.access = access;
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.images = images;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The chapters of the current user's directions in the open campaign, in report order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChapterSummary> myChapters() {
        var user = currentUser.require();
        return campaigns.currentCampaign()
                .map(campaign -> summaries(campaign, chapters.findByCampaignIdAndDirectionIdIn(campaign.getId(), user.directionIds())))
                .orElse(List.of());
    }

    /** Every chapter of a campaign, for reviewers, the communication team and administrators. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ChapterSummary> chaptersOf(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId).orElseThrow(() -> new BusinessException("error.campaign.notFound"));
        return summaries(campaign, chapters.findByCampaignIdOrderByIdAsc(campaignId));
    }

    /** Where every chapter of a campaign stands, without loading their content: for the dashboard. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ChapterStanding> standings(long campaignId) {
        return chapters.findStandingsByCampaignId(campaignId);
    }

    /** The reason of the latest "changes requested" of each of these chapters the caller may read that has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> changeRequestReasons(java.util.Collection<Long> chapterIds) {
        List<Long> readable = chapters.findAllById(chapterIds).stream().filter(access::canRead).map(Chapter::getId).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return chapters.findLatestChangeRequestReasons(readable).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ChapterSummary summary(long chapterId) {
        Chapter chapter = readable(chapterId);
        Campaign campaign = campaigns.campaign(chapter.getCampaignId()).orElseThrow();
        return summaries(campaign, List.of(chapter)).getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Chapter chapter(long chapterId) {
        return readable(chapterId);
    }

    /** Whether the current user may change this chapter now; the UI shows a read-only form otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(long chapterId) {
        Chapter chapter = readable(chapterId);
        return access.isMember(chapter) && chapter.getState().isEditable() && campaignOpen(chapter);
    }

    /**
     * Saves the whole content. Refused when someone else saved since {@code expectedVersion}: the
     * {@link ChapterConflict} carries their version so that nothing is lost on either side.
     */
    @PreAuthorize("hasAnyRole('CONTRIBUTOR', 'DIRECTOR')")
    public Chapter save(long chapterId, long expectedVersion, ChapterContent content) {
        Chapter chapter = writable(chapterId);
        if (chapter.getVersion() != expectedVersion) {
            throw new ChapterConflict(chapter);
        }
        chapter.edit(content, clock.instant(), access.actor());
        chapters.flush();
        return chapter;
    }

    /** Last year's approved chapter of the same direction, when there is one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Chapter> previousYearChapter(long chapterId) {
        Chapter chapter = readable(chapterId);
        return previousYear(chapter);
    }

    /**
     * "Reprendre l'an dernier". Refused on a chapter that already has content unless
     * {@code replaceExisting} (the user confirmed).
     */
    @PreAuthorize("hasAnyRole('CONTRIBUTOR', 'DIRECTOR')")
    public Chapter prefillFromPreviousYear(long chapterId, long expectedVersion, boolean replaceExisting) {
        Chapter chapter = writable(chapterId);
        if (chapter.getVersion() != expectedVersion) {
            throw new ChapterConflict(chapter);
        }
        if (!chapter.getContent().isBlank() && !replaceExisting) {
            throw new BusinessException("error.prefill.notEmpty");
        }
        Chapter lastYear = previousYear(chapter).orElseThrow(() -> new BusinessException("error.prefill.none"));
        String actor = access.actor();
        ChapterContent base = chapter.getContent().blocks().isEmpty() ? ChapterTemplate.forKind(kindOf(chapter))
                : chapter.getContent();
        ChapterContent prefilled = PreviousYearPrefill.prefill(base, lastYear.getContent(),
                imageId -> images.copy(imageId, chapter.getId(), clock.instant(), actor));
        chapter.edit(prefilled, clock.instant(), actor);
        chapters.flush();
        return chapter;
    }

    /** Stores an uploaded image for this chapter; the content refers to it by the returned id. */
    @PreAuthorize("hasAnyRole('CONTRIBUTOR', 'DIRECTOR')")
    public long storeImage(long chapterId, String fileName, byte[] bytes) {
        Chapter chapter = writable(chapterId);
        ImageRules.CheckedImage checked = ImageRules.check(fileName, bytes);
        return images.store(chapter.getId(), fileName, checked, bytes, clock.instant(), access.actor());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StoredImage image(long imageId) {
        StoredImage image = images.find(imageId).orElseThrow(() -> new AccessDeniedException("image " + imageId));
        readable(image.chapterId());
        return image;
    }

    /**
     * Brings in content that is already approved (last year's published report, an imported
     * document), with a history entry giving its origin and a revision of what was brought in.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public Chapter loadApprovedContent(long chapterId, ChapterContent content, String origin) {
        Chapter chapter = chapters.findById(chapterId).orElseThrow(() -> new BusinessException("error.chapter.notFound"));
        chapter.loadApproved(content, clock.instant(), access.actor(), origin);
        return chapters.save(chapter);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public long storeImageForImport(long chapterId, String fileName, byte[] bytes) {
        Chapter chapter = chapters.findById(chapterId).orElseThrow(() -> new BusinessException("error.chapter.notFound"));
        ImageRules.CheckedImage checked = ImageRules.check(fileName, bytes);
        return images.store(chapter.getId(), fileName, checked, bytes, clock.instant(), access.actor());
    }

    /** The chapter of an outline entry (admins and automation: imports, exports). */
    @PreAuthorize("hasAnyRole('REVIEWER', 'COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Chapter> chapterOfOutlineEntry(long outlineEntryId) {
        return chapters.findByOutlineEntryId(outlineEntryId);
    }

    /**
     * The campaign's chapters for its consolidated report: an approved chapter with the revision
     * it was approved (or imported) as, the others with their state only. Never the working copy.
     */
    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, ReportChapter> reportChapters(long campaignId) {
        List<Chapter> campaignChapters = chapters.findByCampaignIdOrderByIdAsc(campaignId);
        List<Long> approvedIds = campaignChapters.stream()
                .filter(chapter -> chapter.getState() == ChapterState.APPROVED).map(Chapter::getId).toList();
        Map<Long, ChapterRevision> approvedRevisions = approvedIds.isEmpty() ? Map.of()
                : revisions.findLatestOfKinds(approvedIds, List.of(ChapterRevision.Kind.APPROVED, ChapterRevision.Kind.IMPORTED))
                .stream().collect(Collectors.toMap(ChapterRevision::getChapterId, Function.identity()));
        Map<Long, ReportChapter> byOutlineEntry = new java.util.HashMap<>();
        for (Chapter chapter : campaignChapters) {
            byOutlineEntry.put(chapter.getOutlineEntryId(), new ReportChapter(chapter.getId(), chapter.getOutlineEntryId(),
                    chapter.getState(), approvedRevisions.get(chapter.getId())));
        }
        return byOutlineEntry;
    }

    private Chapter readable(long chapterId) {
        Chapter chapter = chapters.findById(chapterId).orElseThrow(() -> new AccessDeniedException("chapter " + chapterId));
        access.requireRead(chapter);
        return chapter;
    }

    private Chapter writable(long chapterId) {
        Chapter chapter = readable(chapterId);
        access.requireWrite(chapter);
        if (!chapter.getState().isEditable()) {
            throw new BusinessException("error.chapter.notEditable", chapter.getState());
        }
        if (!campaignOpen(chapter)) {
            throw new BusinessException("error.chapter.campaignNotOpen");
        }
        return chapter;
    }

    private boolean campaignOpen(Chapter chapter) {
        return campaigns.campaign(chapter.getCampaignId()).map(c -> c.getStatus() == CampaignStatus.OPEN).orElse(false);
    }

    private Optional<Chapter> previousYear(Chapter chapter) {
        Campaign campaign = campaigns.campaign(chapter.getCampaignId()).orElseThrow();
        OutlineEntry entry = campaign.outlineEntry(chapter.getOutlineEntryId()).orElseThrow();
        return campaigns.campaignOfYear(campaign.getYear() - 1).flatMap(previous -> previous.getOutline().stream()
                .filter(e -> e.getKind() == entry.getKind() && e.getDirectionId().equals(entry.getDirectionId()))
                .filter(e -> e.getKind() == fr.recueil.campaign.OutlineEntryKind.DIRECTION
                        || normalise(e.getTitle()).equals(normalise(entry.getTitle())))
                .findFirst()
                .flatMap(e -> chapters.findByOutlineEntryId(e.getId())))
                .filter(c -> c.getState() == ChapterState.APPROVED);
    }

    private fr.recueil.campaign.OutlineEntryKind kindOf(Chapter chapter) {
        Campaign campaign = campaigns.campaign(chapter.getCampaignId()).orElseThrow();
        return campaign.outlineEntry(chapter.getOutlineEntryId()).orElseThrow().getKind();
    }

    private static String normalise(String title) {
        return title.replaceAll("\\d{4}", "").strip().toLowerCase();
    }

    private List<ChapterSummary> summaries(Campaign campaign, List<Chapter> list) {
        Map<Long, String> directionNames = organisation.directions().stream()
                .collect(Collectors.toMap(Direction::getId, Direction::getName));
        Map<Long, OutlineEntry> entries = campaign.getOutline().stream()
                .collect(Collectors.toMap(OutlineEntry::getId, Function.identity()));
        return list.stream()
                .filter(c -> entries.containsKey(c.getOutlineEntryId()))
                .map(c -> new ChapterSummary(c.getId(), campaign.getId(), campaign.getYear(),
                        campaign.annexNumberOf(entries.get(c.getOutlineEntryId())), c.getTitle(), c.getDirectionId(),
                        directionNames.getOrDefault(c.getDirectionId(), ""), c.getState(),
                        campaign.deadlineFor(c.getDirectionId()),
                        c.getContent().missingRequiredBlocks().stream().map(Block::title).toList(), c.getVersion()))
                .sorted(Comparator.comparingInt(ChapterSummary::annexNumber))
                .toList();
    }
}
