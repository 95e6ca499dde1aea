package fr.recueil.chapter;

import fr.recueil.organisation.Role;

import java.util.Set;

/** Who asks for a transition, with what the workflow needs to know to allow it. */
public record Actor(String login, Set<Role> roles, Set<Long> directionIds) {

    public Actor {
        roles = Set.copyOf(roles);
        directionIds = Set.copyOf(directionIds);
    }

    boolean isMemberOf(long directionId) {
        return (roles.contains(Role.CONTRIBUTOR) || roles.contains(Role.DIRECTOR)) && directionIds.contains(directionId);
    }

    boolean isDirectorOf(long directionId) {
        return roles.contains(Role.DIRECTOR) && directionIds.contains(directionId);
    }

    boolean isReviewer() {
        return roles.contains(Role.REVIEWER);
    }

    boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
