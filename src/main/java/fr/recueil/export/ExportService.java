package fr.recueil.export;

import fr.recueil.assembly.AssembledReport;
import fr.recueil.assembly.ManifestEntry;
import fr.recueil.assembly.ReportAssembler;
import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import fr.recueil.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.ReportDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the consolidated report: assembles it, renders it in one format, and keeps the file in
 * the archive with its manifest, so that it can be downloaded again and be known obsolete when a
 * chapter it holds is reopened.
 */
@Service
@Transactional
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    private static final JsonMapper KEY_MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final String APP_VERSION = String.valueOf(ExportService.class.getPackage().getImplementationVersion());

    private final ReportAssembler assembler;
    private final CampaignService campaigns;
    private final Map<ExportFormat, ReportRenderer> renderers = new EnumMap<>(ExportFormat.class);
    private final ReportExportRepository exports;
    private final ExportFileRepository files;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExportService(ReportAssembler assembler, CampaignService campaigns, List<ReportRenderer> renderers,
                  ReportExportRepository exports, ExportFileRepository files, AuditTrail audit, CurrentUser currentUser,
                  Clock clock) {
        this.assembler = assembler;
        this.campaigns = campaigns;
        renderers.forEach(renderer -> this.renderers.put(renderer.format(), renderer));
        this.exports = exports;
        this.files = files;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportExport export(long campaignId, ExportFormat format, boolean draft) {
        return export(campaignId, format, draft, ExportProgress.NONE);
    }

    /** The export of a campaign given by its year (the automation endpoint). */
    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportExport exportYear(int year, ExportFormat format, boolean draft) {
        Campaign campaign = campaigns.campaignOfYear(year)
                .orElseThrow(() -> new BusinessException("error.export.noCampaign", String.valueOf(year)));
        return export(campaign.getId(), format, draft, ExportProgress.NONE);
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    public ReportExport export(long campaignId, ExportFormat format, boolean draft, ExportProgress progress) {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new BusinessException("error.export.formatUnavailable", format);
        }
        long start = System.nanoTime();
        progress.advanced(0, "export.progress.assembling", 0, 0);
        AssembledReport report = assembler.assemble(campaignId, draft,
                (done, total) -> progress.advanced(0.6 * done / Math.max(1, total), "export.progress.assembling", done, total));
        String key = contentKey(report, format, draft);
        if (key != null) {
            Optional<ReportExport> same = exports
                    .findFirstByCampaignIdAndContentKeyAndObsoleteSinceIsNullOrderByCreatedAtDesc(campaignId, key);
            if (same.isPresent()) {
                // The very same content, format and version were exported already: that export is the answer.
                progress.advanced(1, "export.progress.done");
                return same.get();
            }
        }
        progress.advanced(0.6, "export.progress.rendering", format);
        byte[] data = renderer.render(report.document());
        progress.advanced(0.95, "export.progress.storing");
        Instant now = clock.instant();
        int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
        ReportExport export = exports.save(new ReportExport(campaignId, report.year(), format, draft,
                fileName(report, format, now), data.length, now, actor(), actorName(), durationMs,
                report.manifest().stream().map(ExportService::line).toList()).keyedBy(key));
        files.save(new ExportFile(export.getId(), data));
        audit.record("REPORT_EXPORTED", "Rapport " + report.year(), format.extension() + (draft ? " (projet)" : "")
                + ", " + export.includedChapters() + " chapitres");
        progress.advanced(1, "export.progress.done");
        return export;
    }

    /** The campaign's exports, newest first. */
    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ReportExport> archive(long campaignId) {
        return exports.findByCampaignIdOrderByCreatedAtDescIdDesc(campaignId);
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public ReportExport export(long exportId) {
        return exports.findById(exportId).orElseThrow(() -> new BusinessException("error.export.notFound"));
    }

    @PreAuthorize("hasAnyRole('COMMUNICATION', 'ADMIN')")
    @Transactional(readOnly = true)
    public ExportDownload download(long exportId) {
        ReportExport export = export(exportId);
        ExportFile file = files.findById(exportId).orElseThrow(() -> new BusinessException("error.export.notFound"));
        return new ExportDownload(export.getFileName(), export.getFormat().mediaType(), file.getData());
    }

    /**
     * What an export holds, as a fingerprint: its document (without who made it and when), its format,
     * the draft flag and the app's version. Null when it cannot be computed: then nothing is reused.
     */
    private String contentKey(AssembledReport report, ExportFormat format, boolean draft) {
        try {
            DocumentInfo info = report.document().info();
            ReportDocument anonymous = new ReportDocument(new DocumentInfo(info.title(), info.language(), info.draft(),
                    info.draftMark(), info.authority(), null, null), report.document().cover(), report.document().body());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((format.name() + "|" + draft + "|" + APP_VERSION + "|").getBytes(StandardCharsets.UTF_8));
            digest.update(KEY_MAPPER.writeValueAsBytes(anonymous));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            log.debug("No content key for this export", e);
            return null;
        }
    }

    private static ExportedChapter line(ManifestEntry entry) {
        return new ExportedChapter(entry.annexNumber(), entry.outlineEntryId(), entry.chapterId(), entry.title(),
                entry.writtenBy(), entry.state(), entry.revision());
    }

    /** "rapport-activite-2024-projet-2026-11-22-1432.pdf": sortable, and says what it is. */
    private static String fileName(AssembledReport report, ExportFormat format, Instant at) {
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
                .format(at.atZone(java.time.ZoneId.of("Europe/Paris")));
        return "rapport-activite-" + report.year() + (report.draft() ? "-projet" : "") + "-" + stamp + "." + format.extension();
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private String actorName() {
        return currentUser.get().map(user -> user.displayName()).orElse(actor());
    }
}
