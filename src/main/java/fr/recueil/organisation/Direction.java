package fr.recueil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * An organisational unit that writes one chapter (also called service, délégation or mission).
 * Without a pôle it is one of the stand-alone entries of the report's table of contents.
 */
@Entity
public class Direction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String acronym;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pole_id")
    private Pole pole;
    private int position;
    private boolean active = true;
    @Version
    private long version;

    protected Direction() {
    }

    Direction(String name, String acronym, Pole pole, int position) {
        this.name = OrganisationRules.name(name);
        this.acronym = OrganisationRules.acronym(acronym);
        this.pole = pole;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** May be null: some directions have none. */
    public String getAcronym() {
        return acronym;
    }

    /** Null for a stand-alone entry. */
    public Pole getPole() {
        return pole;
    }

    public Long getPoleId() {
        return pole == null ? null : pole.getId();
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    /** The acronym where there is one, otherwise the name: how the direction is named in lists. */
    public String getShortName() {
        return acronym != null ? acronym : name;
    }

    void rename(String newName, String newAcronym) {
        // Both checked before either is changed: a refusal leaves the direction as it was.
        String checkedName = OrganisationRules.name(newName);
        String checkedAcronym = OrganisationRules.acronym(newAcronym);
        this.name = checkedName;
        this.acronym = checkedAcronym;
    }

    void moveTo(Pole newPole, int newPosition) {
        this.pole = newPole;
        this.position = newPosition;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
