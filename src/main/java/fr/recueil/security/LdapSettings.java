package fr.recueil.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import java.time.Duration;

/**
 * The LDAP / Active Directory login ({@code RECUEIL_LDAP_*}, see README): on when {@code url} is set.
 * Direct bind when {@code userDnPattern} is set ({@code uid={0},ou=people}), otherwise search-and-bind
 * ({@code userSearchFilter} under {@code userSearchBase}, with the manager account or anonymously).
 * Groups come from the entry's {@code groupsAttribute} ({@code memberOf}) and, when
 * {@code groupSearchBase} is set, from a search of the groups that list the person.
 */
@ConfigurationProperties("recueil.ldap")
record LdapSettings(String url, String base, boolean startTls, String userDnPattern, String userSearchBase,
                    String userSearchFilter, String managerDn, String managerPassword, String nameAttribute,
                    String emailAttribute, String groupsAttribute, String groupSearchBase, String groupSearchFilter,
                    String directionAttribute, Duration recheck) {

    LdapSettings {
        base = base == null ? "" : base.strip();
        userSearchBase = userSearchBase == null ? "" : userSearchBase.strip();
        userSearchFilter = StringUtils.hasText(userSearchFilter) ? userSearchFilter.strip() : "(sAMAccountName={0})";
        nameAttribute = StringUtils.hasText(nameAttribute) ? nameAttribute.strip() : "displayName";
        emailAttribute = StringUtils.hasText(emailAttribute) ? emailAttribute.strip() : "mail";
        groupsAttribute = groupsAttribute == null ? "" : groupsAttribute.strip();
        groupSearchFilter = StringUtils.hasText(groupSearchFilter) ? groupSearchFilter.strip() : "(member={0})";
        directionAttribute = directionAttribute == null ? "" : directionAttribute.strip();
        recheck = recheck == null ? Duration.ofSeconds(30) : recheck;
    }

    boolean enabled() {
        return StringUtils.hasText(url);
    }

    boolean directBind() {
        return StringUtils.hasText(userDnPattern);
    }

    boolean hasManager() {
        return StringUtils.hasText(managerDn);
    }
}
