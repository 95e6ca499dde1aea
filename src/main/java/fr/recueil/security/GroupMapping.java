package fr.recueil.security;

import fr.recueil.organisation.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the directory's groups (LDAP groups, OIDC group claims) become Recueil's roles and directions:
 * each role is given by one or more groups, and a group named with the direction prefix
 * ({@code recueil-direction-DASIPE}) or a direction attribute's value names a direction. Groups are
 * compared without case, by full name (a DN, a path) or by short name (the DN's first value, the
 * path's last segment), so that {@code CN=recueil-relecteurs,OU=Groupes,DC=cd94,DC=fr},
 * {@code /recueil/recueil-relecteurs} and {@code recueil-relecteurs} all match "recueil-relecteurs".
 */
@ConfigurationProperties("recueil.directory")
record GroupMapping(Groups groups, String directionPrefix) {

    record Groups(String contributor, String director, String reviewer, String communication, String admin) {
    }

    GroupMapping {
        groups = groups == null ? new Groups(null, null, null, null, null) : groups;
        directionPrefix = directionPrefix == null ? "" : directionPrefix.strip();
    }

    Set<Role> roles(Collection<String> memberships) {
        Set<String> names = new LinkedHashSet<>();
        for (String membership : memberships) {
            names.add(normalise(membership));
            names.add(normalise(shortName(membership)));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupsByRole().forEach((role, groupNames) -> {
            for (String group : groupNames) {
                if (names.contains(normalise(group))) {
                    roles.add(role);
                }
            }
        });
        return roles;
    }

    /**
     * The directions named by these values: with a prefix, only the values that carry it (prefix
     * removed); without one, every value.
     */
    Set<String> directions(Collection<String> values) {
        Set<String> directions = new LinkedHashSet<>();
        String prefix = directionPrefix.toLowerCase(Locale.ROOT);
        for (String value : values) {
            String name = shortName(value);
            if (prefix.isEmpty()) {
                directions.add(name);
            } else if (name.toLowerCase(Locale.ROOT).startsWith(prefix) && name.length() > prefix.length()) {
                directions.add(name.substring(prefix.length()));
            }
        }
        return directions;
    }

    private Map<Role, Set<String>> groupsByRole() {
        Map<Role, Set<String>> map = new EnumMap<>(Role.class);
        map.put(Role.CONTRIBUTOR, split(groups.contributor()));
        map.put(Role.DIRECTOR, split(groups.director()));
        map.put(Role.REVIEWER, split(groups.reviewer()));
        map.put(Role.COMMUNICATION, split(groups.communication()));
        map.put(Role.ADMIN, split(groups.admin()));
        return map;
    }

    private static Set<String> split(String value) {
        Set<String> names = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        return names;
    }

    private static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",");
    }

    /** "CN=recueil-relecteurs,OU=…" → "recueil-relecteurs"; "/a/b" → "b"; other values as they are. */
    static String shortName(String value) {
        String v = value.strip();
        int equals = v.indexOf('=');
        if (equals > 0 && v.indexOf(',') > equals) {
            return v.substring(equals + 1, v.indexOf(',')).strip();
        }
        if (equals > 0 && v.indexOf(',') < 0) {
            return v.substring(equals + 1).strip();
        }
        int slash = v.lastIndexOf('/');
        return slash >= 0 ? v.substring(slash + 1).strip() : v;
    }
}
