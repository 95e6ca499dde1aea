package fr.recueil.organisation;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who logs in to Recueil, with their roles and the directions they belong to. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String login;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean active = true;
    private String locale;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    // Directions are another aggregate: referenced by id.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_direction", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "direction_id")
    private Set<Long> directionIds = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String login, String displayName, String email, String passwordHash, Instant createdAt) {
        this.login = OrganisationRules.login(login);
        this.displayName = OrganisationRules.name(displayName);
        this.email = OrganisationRules.email(email);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    /** The language the user chose, or null while they have not chosen. */
    public String getLocale() {
        return locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<Long> getDirectionIds() {
        return Collections.unmodifiableSet(new HashSet<>(directionIds));
    }

    void describe(String newDisplayName, String newEmail) {
        // Both checked before either is changed: a refusal leaves the account as it was.
        String checkedName = OrganisationRules.name(newDisplayName);
        String checkedEmail = OrganisationRules.email(newEmail);
        this.displayName = checkedName;
        this.email = checkedEmail;
    }

    void assign(Set<Role> newRoles, Set<Long> newDirectionIds) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.directionIds.clear();
        this.directionIds.addAll(newDirectionIds);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }
}
