package fr.recueil.security;

import fr.recueil.base.audit.SystemActor;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.Set;

/**
 * Outside demo mode Recueil ships no credentials: the first administrator is created at start-up
 * from RECUEIL_ADMIN_LOGIN / RECUEIL_ADMIN_PASSWORD / RECUEIL_ADMIN_EMAIL, and only while no
 * active administrator exists.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String login;
    private final String password;
    private final String email;
    private final String displayName;

    FirstAdministrator(UserService users,
                       @Value("${recueil.admin.login:}") String login,
                       @Value("${recueil.admin.password:}") String password,
                       @Value("${recueil.admin.email:}") String email,
                       @Value("${recueil.admin.display-name:Administrateur}") String displayName) {
        this.users = users;
        this.login = login;
        this.password = password;
        this.email = email;
        this.displayName = displayName;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void createIfNeeded() {
        SystemActor.run(() -> {
            if (users.activeAdminExists()) {
                return;
            }
            if (!StringUtils.hasText(login) || !StringUtils.hasText(password)) {
                log.warn("No active administrator. Set RECUEIL_ADMIN_LOGIN, RECUEIL_ADMIN_PASSWORD and "
                        + "RECUEIL_ADMIN_EMAIL and restart to create the first one.");
                return;
            }
            String address = StringUtils.hasText(email) ? email : login + "@localhost.localdomain";
            users.create(new UserDraft(login, displayName, address, Set.of(Role.ADMIN), Set.of()), password);
            log.info("First administrator '{}' created from the environment.", login);
        });
    }
}
