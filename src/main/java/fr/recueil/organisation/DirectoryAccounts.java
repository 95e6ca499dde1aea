package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts of people who log in with the authority's directory: provisioned at their first
 * login, then kept as the directory says (name, e-mail, the roles and directions it grants, whether
 * the person may log in at all) at every login and every re-check. Called by the login itself,
 * before anyone is authenticated: it only ever acts on the account of the person the directory has
 * just vouched for.
 */
@Service
@Transactional
public class DirectoryAccounts {

    /** Directory accounts have no Recueil password: this value matches no password. */
    static final String NO_LOCAL_PASSWORD = "!directory";
    private static final Logger log = LoggerFactory.getLogger(DirectoryAccounts.class);

    private final UserAccountRepository users;
    private final DirectionRepository directions;
    private final AuditTrail audit;
    private final Clock clock;

    DirectoryAccounts(UserAccountRepository users, DirectionRepository directions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.directions = directions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The directory has just checked this person's password: their account, created on their first
     * login, brought up to date with the directory otherwise.
     *
     * @throws DirectoryConflictException when the login belongs to a local account
     */
    @PreAuthorize("permitAll()")
    public UserAccount signIn(DirectoryProfile profile) {
        UserAccount account = find(profile).orElse(null);
        if (account == null) {
            account = new UserAccount(profile.login(), profile.displayName(), email(profile), NO_LOCAL_PASSWORD,
                    clock.instant());
            account.linkToDirectory(profile.origin(), profile.externalId());
            account.applyDirectoryGrants(profile.roles(), directionIds(profile.directionNames()));
            users.save(account);
            audit.record("USER_PROVISIONED", account.getLogin(), origin(account) + describeGrants(account));
            return account;
        }
        if (account.enableByDirectory()) {
            audit.record("USER_REACTIVATED", account.getLogin(), "par l'annuaire");
        }
        update(account, profile);
        return account;
    }

    /**
     * A re-check: the directory still knows this person, enabled, with these groups. Returns the
     * account as it is now, or empty when there is no such directory account.
     */
    @PreAuthorize("permitAll()")
    public Optional<UserAccount> refresh(DirectoryProfile profile) {
        Optional<UserAccount> account = find(profile);
        account.filter(UserAccount::isActive).ifPresent(a -> update(a, profile));
        return account;
    }

    /**
     * A re-check: the directory no longer knows this person, or has disabled them. Their account is
     * deactivated (a later successful directory login reactivates it).
     */
    @PreAuthorize("permitAll()")
    public void disable(AccountOrigin origin, String login) {
        users.findByLoginIgnoreCase(login)
                .filter(a -> a.getOrigin() == origin && a.isActive())
                .ifPresent(account -> {
                    account.disableByDirectory();
                    audit.record("USER_DEACTIVATED", account.getLogin(), "par l'annuaire");
                    log.info("Account '{}' deactivated: the directory disabled or removed it.", account.getLogin());
                });
    }

    private Optional<UserAccount> find(DirectoryProfile profile) {
        Optional<UserAccount> account = profile.externalId() == null ? Optional.empty()
                : users.findByExternalId(profile.externalId());
        if (account.isEmpty()) {
            account = users.findByLoginIgnoreCase(OrganisationRules.login(profile.login()));
        }
        account.filter(a -> a.getOrigin() != profile.origin()).ifPresent(a -> {
            throw new DirectoryConflictException(a.getLogin());
        });
        return account;
    }

    private void update(UserAccount account, DirectoryProfile profile) {
        String before = describeGrants(account);
        try {
            if (!account.getDisplayName().equals(profile.displayName()) || !account.getEmail().equals(email(profile))) {
                account.describe(profile.displayName(), email(profile));
            }
        } catch (BusinessException unusable) {
            log.warn("Directory name or e-mail of '{}' not taken: {}", account.getLogin(), unusable.getMessage());
        }
        if (account.applyDirectoryGrants(profile.roles(), directionIds(profile.directionNames()))) {
            audit.record("USER_UPDATED", account.getLogin(), "par l'annuaire : " + before + " → " + describeGrants(account));
        }
    }

    private static String email(DirectoryProfile profile) {
        String email = profile.email();
        if (email == null || email.isBlank()) {
            // An e-mail is required; a directory entry without one gets an address that delivers nowhere.
            return OrganisationRules.login(profile.login()) + "@annuaire.invalid";
        }
        return email.strip();
    }

    /** Directions named by acronym or by name, ignoring case; names matching no direction are ignored. */
    private Set<Long> directionIds(Set<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> byName = new HashMap<>();
        for (Direction direction : directions.findAll()) {
            byName.put(direction.getName().toLowerCase(Locale.ROOT), direction.getId());
            if (direction.getAcronym() != null) {
                byName.put(direction.getAcronym().toLowerCase(Locale.ROOT), direction.getId());
            }
        }
        Set<Long> ids = new HashSet<>();
        for (String name : names) {
            Long id = byName.get(name.strip().toLowerCase(Locale.ROOT));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String origin(UserAccount account) {
        return "depuis l'annuaire (" + account.getOrigin().name() + ") ; ";
    }

    private String describeGrants(UserAccount account) {
        return UserService.describe(account, directions);
    }
}
