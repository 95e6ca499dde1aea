package fr.recueil.security;

import fr.recueil.organisation.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is acting now, for the services that decide by role and direction membership. */
@Component
public class CurrentUser {

    public Optional<RecueilUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RecueilUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public RecueilUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not logged in"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }
}
