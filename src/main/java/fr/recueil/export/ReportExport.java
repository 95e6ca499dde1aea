package fr.recueil.export;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One export of the consolidated report, kept in the archive: its format, when and by whom, its
 * manifest, and whether it is obsolete (a chapter it holds was reopened since). Its file is kept
 * apart ({@link ExportFile}) so that listing the archive never loads the documents.
 */
@Entity
public class ReportExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long campaignId;
    private int year;
    @Enumerated(EnumType.STRING)
    private ExportFormat format;
    private boolean draft;
    private String fileName;
    private int sizeBytes;
    private Instant createdAt;
    private String createdBy;
    private String createdByName;
    private int durationMs;
    private Instant obsoleteSince;
    private String obsoleteReason;
    private String contentKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_export_chapter", joinColumns = @JoinColumn(name = "export_id"))
    @OrderColumn(name = "position")
    private List<ExportedChapter> manifest = new ArrayList<>();

    protected ReportExport() {
    }

    /** The fingerprint of what this export holds: an identical export later is this one again. */
    ReportExport keyedBy(String key) {
        this.contentKey = key;
        return this;
    }

    String getContentKey() {
        return contentKey;
    }

    ReportExport(long campaignId, int year, ExportFormat format, boolean draft, String fileName, int sizeBytes,
                 Instant createdAt, String createdBy, String createdByName, int durationMs, List<ExportedChapter> manifest) {
        this.campaignId = campaignId;
        this.year = year;
        this.format = format;
        this.draft = draft;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.durationMs = durationMs;
        this.manifest = new ArrayList<>(manifest);
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getYear() {
        return year;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public boolean isDraft() {
        return draft;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public int getDurationMs() {
        return durationMs;
    }

    public boolean isObsolete() {
        return obsoleteSince != null;
    }

    public Instant getObsoleteSince() {
        return obsoleteSince;
    }

    /** Why it is obsolete: which chapter was reopened, when, by whom. */
    public String getObsoleteReason() {
        return obsoleteReason;
    }

    public List<ExportedChapter> getManifest() {
        return Collections.unmodifiableList(manifest);
    }

    public long includedChapters() {
        return manifest.stream().filter(ExportedChapter::isIncluded).count();
    }

    boolean holds(long chapterId) {
        return manifest.stream().anyMatch(c -> c.isIncluded() && c.getChapterId() != null && c.getChapterId() == chapterId);
    }

    void markObsolete(Instant since, String reason) {
        if (obsoleteSince == null) {
            this.obsoleteSince = since;
            this.obsoleteReason = reason;
        }
    }
}
