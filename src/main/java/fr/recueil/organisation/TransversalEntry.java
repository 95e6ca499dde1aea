package fr.recueil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A chapter of the report that belongs to no single direction's activity ("Exécution budgétaire",
 * "Ressources humaines de la collectivité") but is written by an owner direction.
 * The label may hold {@code {année}}, replaced by the campaign's year.
 */
@Entity
public class TransversalEntry {

    public static final String YEAR_PLACEHOLDER = "{année}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String label;
    private Long ownerDirectionId;
    private int position;
    private boolean active = true;
    @Version
    private long version;

    protected TransversalEntry() {
    }

    TransversalEntry(String label, Long ownerDirectionId, int position) {
        this.label = OrganisationRules.name(label);
        this.ownerDirectionId = ownerDirectionId;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String labelFor(int year) {
        return label.replace(YEAR_PLACEHOLDER, Integer.toString(year));
    }

    public Long getOwnerDirectionId() {
        return ownerDirectionId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    void update(String newLabel, Long newOwnerDirectionId) {
        this.label = OrganisationRules.name(newLabel);
        this.ownerDirectionId = newOwnerDirectionId;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
