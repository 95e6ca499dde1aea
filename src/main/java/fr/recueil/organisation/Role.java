package fr.recueil.organisation;

import fr.recueil.base.Translatable;

/**
 * What a user may do in Recueil. A user may hold several roles.
 * {@link Names} gives the same roles as compile-time strings, for {@code @RolesAllowed}.
 */
public enum Role implements Translatable {
    CONTRIBUTOR,
    DIRECTOR,
    REVIEWER,
    COMMUNICATION,
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String labelKey() {
        return "role." + name();
    }

    public static final class Names {
        public static final String CONTRIBUTOR = "CONTRIBUTOR";
        public static final String DIRECTOR = "DIRECTOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String COMMUNICATION = "COMMUNICATION";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
