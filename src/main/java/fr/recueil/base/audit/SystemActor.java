package fr.recueil.base.audit;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Work Recueil does by itself (demo data, the first administrator, scheduled jobs) goes through the
 * same secured services as a person's, as the "system" actor with every role.
 */
public final class SystemActor {

    public static final String LOGIN = "system";

    private SystemActor() {
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOGIN, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_REVIEWER", "ROLE_COMMUNICATION", "ROLE_SYSTEM")));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
