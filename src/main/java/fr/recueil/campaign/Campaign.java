package fr.recueil.campaign;

import fr.recueil.base.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One yearly collection ("Rapport d'activité 2024"): its status, its deadlines and the outline of
 * its report. The outline's order gives each chapter its annex number.
 */
@Entity
public class Campaign {

    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int year;
    private String title;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.PREPARATION;
    private LocalDate deadline;
    private boolean directorValidationRequired;
    private int firstAnnexNumber = 1;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_deadline_override", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyColumn(name = "direction_id")
    @Column(name = "deadline")
    private Map<Long, LocalDate> deadlineOverrides = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "campaign_id", nullable = false)
    @OrderColumn(name = "position")
    private List<OutlineEntry> outline = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "campaign_id", nullable = false)
    @OrderColumn(name = "position")
    private List<ReportPart> parts = new ArrayList<>();

    protected Campaign() {
    }

    Campaign(int year, String title, LocalDate deadline, boolean directorValidationRequired, Instant createdAt) {
        if (year < YEAR_MIN || year > YEAR_MAX) {
            throw new BusinessException("error.campaign.year", YEAR_MIN, YEAR_MAX);
        }
        this.year = year;
        this.title = CampaignRules.title(title);
        this.deadline = CampaignRules.deadline(deadline, year);
        this.directorValidationRequired = directorValidationRequired;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isDirectorValidationRequired() {
        return directorValidationRequired;
    }

    public int getFirstAnnexNumber() {
        return firstAnnexNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Map<Long, LocalDate> getDeadlineOverrides() {
        return Collections.unmodifiableMap(deadlineOverrides);
    }

    /** The deadline of one direction: its own when it has one, the campaign's otherwise. */
    public LocalDate deadlineFor(long directionId) {
        return deadlineOverrides.getOrDefault(directionId, deadline);
    }

    /** The statuses this campaign may move to now (open, close, reopen, publish, unpublish). */
    public Set<CampaignStatus> nextStatuses() {
        return status.next();
    }

    /** A published campaign is frozen: its settings, deadlines and outline no longer change. */
    public boolean isFrozen() {
        return status == CampaignStatus.PUBLISHED;
    }

    public List<OutlineEntry> getOutline() {
        return Collections.unmodifiableList(outline);
    }

    public int annexNumberOf(OutlineEntry entry) {
        int index = outline.indexOf(entry);
        if (index < 0) {
            throw new IllegalArgumentException("not in this outline: " + entry.getId());
        }
        return firstAnnexNumber + index;
    }

    public Optional<OutlineEntry> outlineEntry(long entryId) {
        return outline.stream().filter(e -> e.getId() != null && e.getId() == entryId).findFirst();
    }

    void configure(String newTitle, LocalDate newDeadline, boolean newDirectorValidationRequired, int newFirstAnnexNumber) {
        requireNotFrozen();
        if (newFirstAnnexNumber < 1 || newFirstAnnexNumber > 999) {
            throw new BusinessException("error.campaign.firstAnnex");
        }
        this.title = CampaignRules.title(newTitle);
        this.deadline = CampaignRules.deadline(newDeadline, year);
        this.directorValidationRequired = newDirectorValidationRequired;
        this.firstAnnexNumber = newFirstAnnexNumber;
    }

    void overrideDeadline(long directionId, LocalDate directionDeadline) {
        requireNotFrozen();
        if (directionDeadline == null) {
            deadlineOverrides.remove(directionId);
        } else {
            deadlineOverrides.put(directionId, CampaignRules.deadline(directionDeadline, year));
        }
    }

    /** The report's parts in order; the transversal chapters stand before them, outside any part. */
    public List<ReportPart> getParts() {
        return Collections.unmodifiableList(parts);
    }

    public Optional<ReportPart> part(long partId) {
        return parts.stream().filter(p -> p.getId() != null && p.getId() == partId).findFirst();
    }

    /** The chapters of one part, in order. */
    public List<OutlineEntry> entriesOf(ReportPart part) {
        return outline.stream().filter(e -> e.getPart() == part).toList();
    }

    void addToOutline(OutlineEntry entry) {
        if (entry.getPart() != null && !parts.contains(entry.getPart())) {
            throw new IllegalArgumentException("the entry's part is not one of this campaign's");
        }
        outline.add(entry);
        regroupOutline();
    }

    ReportPart addPart(String partTitle, Long poleId) {
        requireNotFrozen();
        ReportPart part = new ReportPart(partTitle, poleId);
        parts.add(part);
        return part;
    }

    void renamePart(long partId, String newTitle) {
        requireNotFrozen();
        partOrFail(partId).rename(newTitle);
    }

    /** Only an empty part goes: its chapters must be moved to another part first. */
    void removePart(long partId) {
        requireNotFrozen();
        ReportPart part = partOrFail(partId);
        if (!entriesOf(part).isEmpty()) {
            throw new BusinessException("error.part.notEmpty", part.getTitle(), entriesOf(part).size());
        }
        parts.remove(part);
    }

    /** Moves a part, with its chapters, to a new place among the parts (0-based); the annex numbers follow. */
    void movePart(long partId, int newIndex) {
        requireNotFrozen();
        ReportPart part = partOrFail(partId);
        if (newIndex < 0 || newIndex >= parts.size()) {
            throw new BusinessException("error.outline.position", parts.size());
        }
        parts.remove(part);
        parts.add(newIndex, part);
        regroupOutline();
    }

    /** Moves a chapter to the end of another part. */
    void moveEntryToPart(long entryId, long partId) {
        requireNotFrozen();
        OutlineEntry entry = outlineEntry(entryId).orElseThrow(() -> new BusinessException("error.outline.notFound"));
        ReportPart target = partOrFail(partId);
        entry.moveToPart(target);
        outline.remove(entry);
        outline.add(entry);
        regroupOutline();
    }

    /** Moves an outline entry to a new place (0-based) within its part; the annex numbers follow. */
    /** Takes an entry out of the outline (its chapter goes first: see {@link OutlineEntryRemoving}). */
    void removeFromOutline(long entryId) {
        requireNotFrozen();
        OutlineEntry entry = outlineEntry(entryId).orElseThrow(() -> new BusinessException("error.outline.notFound"));
        outline.remove(entry);
    }

    void moveOutlineEntry(long entryId, int newIndex) {
        requireNotFrozen();
        OutlineEntry entry = outlineEntry(entryId).orElseThrow(() -> new BusinessException("error.outline.notFound"));
        if (newIndex < 0 || newIndex >= outline.size()) {
            throw new BusinessException("error.outline.position", outline.size());
        }
        if (outline.get(newIndex).getPart() != entry.getPart()) {
            throw new BusinessException("error.outline.otherPart");
        }
        outline.remove(entry);
        outline.add(newIndex, entry);
    }

    /** Transversal chapters first, then the parts in their order; chapters keep their order within a part. */
    private void regroupOutline() {
        List<OutlineEntry> regrouped = new ArrayList<>(outline);
        regrouped.sort(java.util.Comparator.comparingInt(e -> e.getPart() == null ? -1 : parts.indexOf(e.getPart())));
        outline.clear();
        outline.addAll(regrouped);
    }

    private ReportPart partOrFail(long partId) {
        return part(partId).orElseThrow(() -> new BusinessException("error.part.notFound"));
    }

    void moveTo(CampaignStatus target) {
        if (!status.next().contains(target)) {
            throw new BusinessException("error.campaign.transition", status, target);
        }
        this.status = target;
    }

    private void requireNotFrozen() {
        if (isFrozen()) {
            throw new BusinessException("error.campaign.published", year);
        }
    }
}
