package fr.recueil.organisation;

import java.util.Set;

/** What an administrator types to create or change a user. */
public record UserDraft(String login, String displayName, String email, Set<Role> roles, Set<Long> directionIds) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        directionIds = directionIds == null ? Set.of() : Set.copyOf(directionIds);
    }
}
