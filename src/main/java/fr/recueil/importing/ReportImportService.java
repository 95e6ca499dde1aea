package fr.recueil.importing;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.campaign.CampaignStatus;
import fr.recueil.campaign.OutlineEntry;
import fr.recueil.campaign.OutlineEntryKind;
import fr.recueil.chapter.Chapter;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.ChapterState;
import fr.recueil.chapter.content.ChapterContent;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.TransversalEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a previous year's report from its Word file, for DIRCOM and administrators: first an
 * analysis that writes nothing, then, with the user's choices, the import itself in one
 * transaction (all chapters or none).
 * <p>
 * Into a year with no campaign, the import creates the campaign from today's organisation and
 * publishes it once filled. Into an existing campaign, it only fills chapters that nobody has
 * touched yet (still the blank template); a campaign holding written or approved content is
 * refused, so that an import never overwrites anyone's work.
 */
@Service
@Transactional
public class ReportImportService {

    static final int OLDEST_YEAR = 2000;

    private final OrganisationService organisation;
    private final CampaignService campaigns;
    private final ChapterService chapters;
    private final AuditTrail audit;
    private final Clock clock;

    ReportImportService(OrganisationService organisation, CampaignService campaigns, ChapterService chapters,
                        AuditTrail audit, Clock clock) {
        this.organisation = organisation;
        this.campaigns = campaigns;
        this.chapters = chapters;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file accepted, in megabytes, for the upload's own limit and its message. */
    public static int maxMegabytes() {
        return DocxReader.MAX_MEGABYTES;
    }

    public static long maxBytes() {
        return DocxReader.MAX_BYTES;
    }

    /** Reads at most the size limit from the stream: a larger file is refused before it fills memory. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    @Transactional(readOnly = true)
    public ImportAnalysis analyse(String fileName, InputStream content, int year) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) DocxReader.MAX_BYTES + 1);
            return analyse(fileName, bytes, year);
        } catch (IOException e) {
            throw new BusinessException("error.import.unreadable", fileName);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    @Transactional(readOnly = true)
    public ImportAnalysis analyse(String fileName, byte[] bytes, int year) {
        checkYear(year);
        String name = fileName == null || fileName.isBlank() ? "document.docx" : fileName.strip();
        WordDocument document = DocxReader.read(name, bytes);
        ImportAnalysis analysis = DocumentAnalyser.analyse(name, year, document, targets(year));
        if (campaigns.campaignOfYear(year).isEmpty()) {
            return analysis;
        }
        // Said before the user reviews everything: only chapters nobody has touched will be filled.
        List<ImportWarning> warnings = new ArrayList<>(analysis.warnings());
        warnings.add(ImportWarning.of("import.warning.existingCampaign", String.valueOf(year)));
        return new ImportAnalysis(analysis.fileName(), year, analysis.chapters(), analysis.targets(), warnings, analysis.texts());
    }

    /**
     * Writes the chapters the user kept ({@code choices}: chapter index → target; a chapter left out
     * is ignored) as approved content, with the history entry "importé depuis <file>". Sections given
     * to the same target (a chapter the document cut in two) are merged into it in document order.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    public FidelityReport importReport(ImportAnalysis analysis, Map<Integer, ImportTarget> choices) {
        checkYear(analysis.year());
        Map<String, List<AnalysedChapter>> byTarget = new LinkedHashMap<>();
        Map<String, ImportTarget> targetsByKey = new HashMap<>();
        for (AnalysedChapter chapter : analysis.chapters()) {
            ImportTarget target = choices.get(chapter.index());
            if (target != null) {
                byTarget.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(chapter);
                targetsByKey.put(target.key(), target);
            }
        }
        if (byTarget.isEmpty()) {
            throw new BusinessException("error.import.nothingChosen");
        }
        Optional<Campaign> existing = campaigns.campaignOfYear(analysis.year());
        Campaign campaign = existing.orElseGet(() -> campaigns.openForImport(analysis.year()));
        if (existing.isPresent() && (campaign.getStatus() == CampaignStatus.PREPARATION
                || campaign.getStatus() == CampaignStatus.PUBLISHED)) {
            throw new BusinessException("error.import.campaignHasContent", analysis.year());
        }
        String origin = "importé depuis " + analysis.fileName();
        Set<Integer> imported = new HashSet<>();
        for (Map.Entry<String, List<AnalysedChapter>> entry : byTarget.entrySet()) {
            ImportTarget target = targetsByKey.get(entry.getKey());
            Chapter destination = chapterOf(campaign, target);
            if (!isBlank(destination)) {
                throw new BusinessException("error.import.campaignHasContent", analysis.year());
            }
            Map<Long, Long> images = new HashMap<>();
            entry.getValue().forEach(chapter -> images.putAll(storeImages(destination.getId(), chapter)));
            ChapterContent content = ImageIds.replace(SectionMerge.merge(entry.getValue()), images);
            chapters.loadApprovedContent(destination.getId(), content, origin);
            entry.getValue().forEach(chapter -> imported.add(chapter.index()));
        }
        if (existing.isEmpty()) {
            campaign = campaigns.publishImported(campaign.getId());
        }
        FidelityReport report = Fidelity.of(analysis, imported, byTarget.size(), campaign.getTitle());
        audit.record("REPORT_IMPORTED", campaign.getTitle(), analysis.fileName() + " : " + byTarget.size()
                + " chapitres, " + report.percentPlaced() + " % du texte");
        return report;
    }

    /** The directions and transversal entries a chapter can be imported as, for the review screen. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMUNICATION')")
    @Transactional(readOnly = true)
    public List<ImportTarget> targets(int year) {
        List<ImportTarget> targets = new ArrayList<>();
        for (TransversalEntry entry : organisation.transversalEntries()) {
            if (entry.isActive()) {
                targets.add(new ImportTarget(ImportTarget.Kind.TRANSVERSAL, entry.getId(), entry.labelFor(year), null,
                        entry.labelFor(year)));
            }
        }
        for (Direction direction : organisation.directions()) {
            boolean poleActive = direction.getPole() == null || direction.getPole().isActive();
            if (direction.isActive() && poleActive) {
                String label = direction.getName() + (direction.getAcronym() == null ? "" : " (" + direction.getAcronym() + ")");
                targets.add(new ImportTarget(ImportTarget.Kind.DIRECTION, direction.getId(), direction.getName(),
                        direction.getAcronym(), label));
            }
        }
        return targets;
    }

    private void checkYear(int year) {
        int latest = LocalDate.now(clock).getYear();
        if (year < OLDEST_YEAR || year > latest) {
            throw new BusinessException("error.import.year", OLDEST_YEAR, latest);
        }
    }

    private Chapter chapterOf(Campaign campaign, ImportTarget target) {
        OutlineEntry entry = campaign.getOutline().stream().filter(e -> matches(e, target, campaign.getYear())).findFirst()
                .orElseThrow(() -> new BusinessException("error.import.notInOutline", target.label(), campaign.getYear()));
        return chapters.chapterOfOutlineEntry(entry.getId())
                .orElseThrow(() -> new BusinessException("error.import.notInOutline", target.label(), campaign.getYear()));
    }

    private boolean matches(OutlineEntry entry, ImportTarget target, int year) {
        if (target.kind() == ImportTarget.Kind.DIRECTION) {
            return entry.getKind() == OutlineEntryKind.DIRECTION && entry.getDirectionId() == target.id();
        }
        // The outline keeps the transversal entry's label for the year and its owner, not its id.
        return entry.getKind() == OutlineEntryKind.TRANSVERSAL && organisation.transversalEntries().stream()
                .anyMatch(t -> t.getId() == target.id() && t.labelFor(year).equals(entry.getTitle())
                        && t.getOwnerDirectionId().equals(entry.getDirectionId()));
    }

    /** Untouched since the campaign created it: a draft, never saved by anyone, with no history. */
    private static boolean isBlank(Chapter chapter) {
        return chapter.getState() == ChapterState.DRAFT && chapter.getHistory().isEmpty()
                && SystemActor.LOGIN.equals(chapter.getUpdatedBy());
    }

    private Map<Long, Long> storeImages(long chapterId, AnalysedChapter chapter) {
        Map<Long, Long> ids = new HashMap<>();
        chapter.images().forEach((temporary, image) ->
                ids.put(temporary, chapters.storeImageForImport(chapterId, image.fileName(), image.bytes())));
        return ids;
    }
}
