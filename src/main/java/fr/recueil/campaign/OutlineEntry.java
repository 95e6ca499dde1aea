package fr.recueil.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One chapter of the campaign's report, in table-of-contents order; its place gives its annex number. */
@Entity
public class OutlineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private OutlineEntryKind kind;
    private Long directionId;
    private Long poleId;
    private String title;
    @ManyToOne
    @JoinColumn(name = "part_id")
    private ReportPart part;

    protected OutlineEntry() {
    }

    OutlineEntry(OutlineEntryKind kind, Long directionId, Long poleId, String title, ReportPart part) {
        if ((kind == OutlineEntryKind.TRANSVERSAL) != (part == null)) {
            throw new IllegalArgumentException("transversal chapters stand before the parts, every other one is in a part");
        }
        this.kind = kind;
        this.directionId = directionId;
        this.poleId = poleId;
        this.title = title;
        this.part = part;
    }

    public Long getId() {
        return id;
    }

    public OutlineEntryKind getKind() {
        return kind;
    }

    /** The direction that writes this chapter. */
    public Long getDirectionId() {
        return directionId;
    }

    /** The pôle the chapter is grouped under, or null (transversal or stand-alone chapter). */
    public Long getPoleId() {
        return poleId;
    }

    public String getTitle() {
        return title;
    }

    /** The part of the report this chapter is in; null for a transversal chapter. */
    public Long getPartId() {
        return part == null ? null : part.getId();
    }

    ReportPart getPart() {
        return part;
    }

    void moveToPart(ReportPart newPart) {
        if (kind == OutlineEntryKind.TRANSVERSAL || newPart == null) {
            throw new fr.recueil.base.BusinessException("error.part.transversal");
        }
        this.part = newPart;
    }
}
