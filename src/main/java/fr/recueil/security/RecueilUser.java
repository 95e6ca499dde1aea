package fr.recueil.security;

import fr.recueil.base.security.NamedPrincipal;
import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Set;

/** The logged-in user as Spring Security holds it: their account id, roles and directions. */
public class RecueilUser extends User implements NamedPrincipal {

    private static final String NO_PASSWORD = "!no-local-password";

    private final long userId;
    private final String displayName;
    private final Set<Role> roles;
    private final Set<Long> directionIds;
    private final String locale;
    private final long accountVersion;
    private final AccountOrigin origin;

    RecueilUser(UserAccount account, boolean locked) {
        this(account, locked, true);
    }

    /** With {@code passwordAccepted} false, the account's password matches nothing (local passwords turned off). */
    RecueilUser(UserAccount account, boolean locked, boolean passwordAccepted) {
        super(account.getLogin(), passwordAccepted ? account.getPasswordHash() : NO_PASSWORD, account.isActive(), true,
                true, !locked,
                account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.userId = account.getId();
        this.displayName = account.getDisplayName();
        this.roles = Set.copyOf(account.getRoles());
        this.directionIds = Set.copyOf(account.getDirectionIds());
        this.locale = account.getLocale();
        this.accountVersion = account.getVersion();
        this.origin = account.getOrigin();
    }

    /** The account's version this principal was built from: a request whose account moved on reloads it. */
    public long accountVersion() {
        return accountVersion;
    }

    /** Where the account comes from: Recueil's own password, or the directory. */
    public AccountOrigin origin() {
        return origin;
    }

    public long userId() {
        return userId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<Long> directionIds() {
        return directionIds;
    }

    public boolean belongsTo(long directionId) {
        return directionIds.contains(directionId);
    }

    @Override
    public String preferredLanguage() {
        return locale;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
