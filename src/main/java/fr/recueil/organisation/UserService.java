package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** User accounts: administrators manage them; each user may change their own password and language. */
@Service
@Transactional
public class UserService {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 14;

    private final UserAccountRepository users;
    private final DirectionRepository directions;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    UserService(UserAccountRepository users, DirectionRepository directions, PasswordEncoder passwordEncoder,
                AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.directions = directions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> users() {
        return users.findAllByOrderByDisplayNameAsc();
    }

    /** For the login: who this login is, before anyone is authenticated. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> findForAuthentication(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return users.findByLoginIgnoreCase(login.strip());
    }

    /**
     * Whether the account is still active and which version of it is current: read on every request
     * of a logged-in user (one primary-key lookup). Tells nothing but these two facts.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AccountStamp> stamp(long userId) {
        return users.stampOf(userId);
    }

    /** The account as it is now, to refresh a logged-in user whose account changed (see {@link #stamp}). */
    @PreAuthorize("isAuthenticated() and #userId == principal.userId()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> findForRefresh(long userId) {
        return users.findById(userId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> currentUser() {
        return users.findByLoginIgnoreCase(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /** The active members (contributors and directors) of a direction, to tell them about their chapter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Recipient> membersOf(long directionId) {
        return users.findAllByOrderByDisplayNameAsc().stream()
                .filter(UserAccount::isActive)
                .filter(u -> u.getDirectionIds().contains(directionId))
                .filter(u -> u.hasRole(Role.CONTRIBUTOR) || u.hasRole(Role.DIRECTOR))
                .map(Recipient::of)
                .toList();
    }

    /** The active users holding a role (the reviewers, to tell them a chapter is waiting). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Recipient> withRole(Role role) {
        return users.findAllByOrderByDisplayNameAsc().stream()
                .filter(UserAccount::isActive)
                .filter(u -> u.hasRole(role))
                .map(Recipient::of)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(String login) {
        return users.findByLoginIgnoreCase(login).map(Recipient::of);
    }

    /** The display names of these logins, login → name; unknown logins are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<String, String> displayNames(java.util.Collection<String> logins) {
        if (logins.isEmpty()) {
            return java.util.Map.of();
        }
        return users.findDisplayNames(logins).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1], (a, b) -> a));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean activeAdminExists() {
        return users.existsActiveAdmin();
    }

    /** Creates the user with the given password, checked against the password rules. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(UserDraft draft, String password) {
        String login = OrganisationRules.login(draft.login());
        if (users.existsByLoginIgnoreCase(login)) {
            throw new BusinessException("error.login.duplicate", login);
        }
        UserAccount user = new UserAccount(login, draft.displayName(), draft.email(),
                passwordEncoder.encode(OrganisationRules.password(password)), clock.instant());
        user.assign(checkedRoles(draft), checkedDirections(draft.directionIds()));
        users.save(user);
        audit.record("USER_CREATED", user.getLogin(), describe(user));
        return user;
    }

    /** Creates the user with a generated password, returned once so the administrator can pass it on. */
    @PreAuthorize("hasRole('ADMIN')")
    public String createWithGeneratedPassword(UserDraft draft) {
        String password = generatePassword();
        create(draft, password);
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, UserDraft draft, long expectedVersion) {
        UserAccount user = user(id);
        if (user.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange", user.getLogin());
        }
        user.describe(draft.displayName(), draft.email());
        // What the directory grants stays: the administrator adjusts the rest.
        draft = withDirectoryGrants(user, draft);
        Set<Role> roles = checkedRoles(draft);
        if (isSelf(user) && user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new BusinessException("error.user.selfAdmin");
        }
        user.assign(roles, checkedDirections(draft.directionIds()));
        audit.record("USER_UPDATED", user.getLogin(), describe(user));
        return user;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        UserAccount user = user(id);
        if (user.getOrigin().isDirectory()) {
            throw new BusinessException("error.user.directoryPassword");
        }
        String password = generatePassword();
        user.changePasswordHash(passwordEncoder.encode(password));
        audit.record("USER_PASSWORD_RESET", user.getLogin(), null);
        return password;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setActive(long id, boolean active) {
        UserAccount user = user(id);
        if (!active && isSelf(user)) {
            throw new BusinessException("error.user.selfDeactivate");
        }
        user.setActive(active);
        audit.record(active ? "USER_REACTIVATED" : "USER_DEACTIVATED", user.getLogin(), null);
        if (!active) {
            events.publishEvent(new AccountDeactivated(user.getId(), user.getLogin()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = currentUser().orElseThrow(() -> new BusinessException("error.user.notFound"));
        if (user.getOrigin().isDirectory()) {
            throw new BusinessException("error.user.directoryPassword");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("error.password.wrongCurrent");
        }
        user.changePasswordHash(passwordEncoder.encode(OrganisationRules.password(newPassword)));
        audit.record("USER_PASSWORD_CHANGED", user.getLogin(), null);
    }

    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(Locale locale) {
        currentUser().ifPresent(user -> user.setLocale(locale.getLanguage()));
    }

    private UserAccount user(long id) {
        return users.findById(id).orElseThrow(() -> new BusinessException("error.user.notFound"));
    }

    private static UserDraft withDirectoryGrants(UserAccount user, UserDraft draft) {
        if (!user.getOrigin().isDirectory()) {
            return draft;
        }
        Set<Role> roles = new java.util.HashSet<>(draft.roles());
        roles.addAll(user.getDirectoryRoles());
        Set<Long> directionIds = new java.util.HashSet<>(draft.directionIds());
        directionIds.addAll(user.getDirectoryDirectionIds());
        return new UserDraft(draft.login(), draft.displayName(), draft.email(), roles, directionIds);
    }

    private Set<Role> checkedRoles(UserDraft draft) {
        if (draft.roles().isEmpty()) {
            throw new BusinessException("error.user.noRole");
        }
        boolean writesChapters = draft.roles().contains(Role.CONTRIBUTOR) || draft.roles().contains(Role.DIRECTOR);
        if (writesChapters && draft.directionIds().isEmpty()) {
            throw new BusinessException("error.user.noDirection");
        }
        return draft.roles();
    }

    private Set<Long> checkedDirections(Set<Long> ids) {
        for (Long id : ids) {
            if (!directions.existsById(id)) {
                throw new BusinessException("error.direction.notFound");
            }
        }
        return ids;
    }

    private static boolean isSelf(UserAccount user) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && user.getLogin().equalsIgnoreCase(authentication.getName());
    }

    private String describe(UserAccount user) {
        return describe(user, directions);
    }

    /** An account's roles and directions, for the audit log. */
    static String describe(UserAccount user, DirectionRepository directions) {
        String roles = user.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
        String dirs = directions.findAllById(user.getDirectionIds()).stream()
                .map(Direction::getShortName).sorted().collect(Collectors.joining(", "));
        return "rôles : " + roles + (dirs.isEmpty() ? "" : " ; directions : " + dirs);
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
