package fr.recueil.organisation;

import java.util.Set;

/**
 * A person as the directory (LDAP / Active Directory or OpenID provider) describes them at login or
 * at a re-check: their login, stable id, name, e-mail, the roles their groups map to, and the
 * directions their groups or attribute name (by acronym or by name).
 */
public record DirectoryProfile(AccountOrigin origin, String login, String externalId, String displayName,
                               String email, Set<Role> roles, Set<String> directionNames) {

    public DirectoryProfile {
        if (origin == null || !origin.isDirectory()) {
            throw new IllegalArgumentException("a directory profile comes from LDAP or OIDC");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        directionNames = directionNames == null ? Set.of() : Set.copyOf(directionNames);
    }
}
