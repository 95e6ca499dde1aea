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
    @Enumerated(EnumType.STRING)
    private AccountOrigin origin = AccountOrigin.LOCAL;
    private String externalId;
    private boolean disabledByDirectory;
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

    // What the directory grants: a subset of the roles and directions above, decided by the directory at every check.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_directory_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> directoryRoles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_directory_direction", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "direction_id")
    private Set<Long> directoryDirectionIds = new HashSet<>();

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

    public AccountOrigin getOrigin() {
        return origin;
    }

    /** The person's stable id at the OpenID provider, or null. */
    public String getExternalId() {
        return externalId;
    }

    public boolean isDisabledByDirectory() {
        return disabledByDirectory;
    }

    /** The roles the directory grants (the administrator cannot take them away in Recueil). */
    public Set<Role> getDirectoryRoles() {
        return directoryRoles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(directoryRoles));
    }

    /** The directions the directory grants. */
    public Set<Long> getDirectoryDirectionIds() {
        return Collections.unmodifiableSet(new HashSet<>(directoryDirectionIds));
    }

    void linkToDirectory(AccountOrigin newOrigin, String newExternalId) {
        this.origin = newOrigin;
        this.externalId = newExternalId;
    }

    /**
     * Replaces what the directory granted by what it grants now, keeping what the administrator
     * granted besides. Returns whether anything changed.
     */
    boolean applyDirectoryGrants(Set<Role> grantedRoles, Set<Long> grantedDirectionIds) {
        Set<Role> newRoles = EnumSet.noneOf(Role.class);
        newRoles.addAll(roles);
        newRoles.removeAll(directoryRoles);
        newRoles.addAll(grantedRoles);
        Set<Long> newDirections = new HashSet<>(directionIds);
        newDirections.removeAll(directoryDirectionIds);
        newDirections.addAll(grantedDirectionIds);
        boolean changed = !newRoles.equals(roles) || !newDirections.equals(directionIds)
                || !directoryRoles.equals(grantedRoles) || !directoryDirectionIds.equals(grantedDirectionIds);
        if (changed) {
            assign(newRoles, newDirections);
            directoryRoles.clear();
            directoryRoles.addAll(grantedRoles);
            directoryDirectionIds.clear();
            directoryDirectionIds.addAll(grantedDirectionIds);
        }
        return changed;
    }

    void disableByDirectory() {
        this.active = false;
        this.disabledByDirectory = true;
    }

    /** After a successful directory login: an account the directory had disabled is active again. */
    boolean enableByDirectory() {
        if (!disabledByDirectory) {
            return false;
        }
        this.active = true;
        this.disabledByDirectory = false;
        return true;
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
        this.disabledByDirectory = false;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }
}
