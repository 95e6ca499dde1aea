package fr.recueil.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A part of the consolidated report: a titled group of chapters with its own part page. Made from
 * a pôle by default; its title is free ("Pôle solidarités", "I. Gérer l'urgence").
 */
@Entity
public class ReportPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private Long poleId;

    protected ReportPart() {
    }

    ReportPart(String title, Long poleId) {
        this.title = CampaignRules.partTitle(title);
        this.poleId = poleId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** The pôle this part was made from, or null (a part created by hand, the stand-alone directions). */
    public Long getPoleId() {
        return poleId;
    }

    void rename(String newTitle) {
        this.title = CampaignRules.partTitle(newTitle);
    }
}
