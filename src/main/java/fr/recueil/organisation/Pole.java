package fr.recueil.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A group of directions under one deputy director-general: the report's top-level grouping. */
@Entity
public class Pole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int position;
    private boolean active = true;
    @Version
    private long version;

    protected Pole() {
    }

    Pole(String name, int position) {
        this.name = OrganisationRules.name(name);
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    void rename(String newName) {
        this.name = OrganisationRules.name(newName);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
