package fr.recueil.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

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

    protected OutlineEntry() {
    }

    OutlineEntry(OutlineEntryKind kind, Long directionId, Long poleId, String title) {
        this.kind = kind;
        this.directionId = directionId;
        this.poleId = poleId;
        this.title = title;
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
}
