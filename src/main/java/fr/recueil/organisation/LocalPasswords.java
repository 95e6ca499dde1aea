package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import fr.recueil.base.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether Recueil's own passwords (local accounts) are accepted. Once the authority's directory is
 * in place, an administrator may turn them off: only directory logins (and personal access tokens)
 * then work. To turn them off, the administrator must be logged in with the directory, so that the
 * directory login is known to work and someone can still administer Recueil.
 */
@Service
@Transactional
public class LocalPasswords {

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final AuditTrail audit;

    LocalPasswords(JdbcClient jdbc, UserAccountRepository users, AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** Asked by the login itself, before anyone is authenticated. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean enabled() {
        return jdbc.sql("select local_passwords_enabled from login_setting where id = 1")
                .query(Boolean.class).optional().orElse(true);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(boolean enabled) {
        if (!enabled) {
            String login = SecurityContextHolder.getContext().getAuthentication().getName();
            boolean directoryAdmin = users.findByLoginIgnoreCase(login)
                    .filter(u -> u.getOrigin().isDirectory() && u.hasRole(Role.ADMIN) && u.isActive())
                    .isPresent();
            if (!directoryAdmin) {
                throw new BusinessException("error.localPasswords.needDirectoryAdmin");
            }
        }
        int changed = jdbc.sql("update login_setting set local_passwords_enabled = ?, version = version + 1 "
                        + "where id = 1 and local_passwords_enabled <> ?")
                .params(enabled, enabled).update();
        if (changed > 0) {
            audit.record(enabled ? "LOCAL_PASSWORDS_ENABLED" : "LOCAL_PASSWORDS_DISABLED", "connexion", null);
        }
    }
}
