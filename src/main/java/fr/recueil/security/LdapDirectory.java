package fr.recueil.security;

import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.DirectoryProfile;
import org.springframework.ldap.NameNotFoundException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.util.StringUtils;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The authority's LDAP / Active Directory: checks a password by binding as the person (direct bind
 * or search-and-bind, over LDAPS or StartTLS), reads their entry (name, e-mail, groups, direction)
 * and finds it again for the re-checks while they are logged in.
 */
class LdapDirectory {

    /** Active Directory's "account disabled" bit of userAccountControl. */
    private static final long AD_ACCOUNT_DISABLED = 0x2;

    private final LdapSettings settings;
    private final GroupMapping mapping;
    private final BindAuthenticator authenticator;
    private final FilterBasedLdapUserSearch userSearch;
    private final SpringSecurityLdapTemplate template;
    private final String[] attributes;

    LdapDirectory(LdapSettings settings, GroupMapping mapping) {
        this.settings = settings;
        this.mapping = mapping;
        String url = settings.url().strip().replaceAll("/+$", "");
        DefaultSpringSecurityContextSource contextSource = new DefaultSpringSecurityContextSource(
                StringUtils.hasText(settings.base()) ? url + "/" + settings.base() : url);
        if (settings.hasManager()) {
            contextSource.setUserDn(settings.managerDn());
            contextSource.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
        } else {
            contextSource.setAnonymousReadOnly(true);
        }
        if (settings.startTls()) {
            contextSource.setAuthenticationStrategy(new DefaultTlsDirContextAuthenticationStrategy());
            // A StartTLS connection cannot go back to a pool.
            contextSource.setPooled(false);
        }
        contextSource.afterPropertiesSet();
        this.template = new SpringSecurityLdapTemplate(contextSource);

        Set<String> wanted = new LinkedHashSet<>(List.of("*", settings.nameAttribute(), settings.emailAttribute(), "cn",
                "userAccountControl", "pwdAccountLockedTime", "nsAccountLock"));
        if (StringUtils.hasText(settings.groupsAttribute())) {
            wanted.add(settings.groupsAttribute());
        }
        if (StringUtils.hasText(settings.directionAttribute())) {
            wanted.add(settings.directionAttribute());
        }
        this.attributes = wanted.toArray(String[]::new);

        this.authenticator = new BindAuthenticator(contextSource);
        if (settings.directBind()) {
            authenticator.setUserDnPatterns(new String[] {settings.userDnPattern()});
            this.userSearch = null;
        } else {
            this.userSearch = new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(),
                    contextSource);
            userSearch.setReturningAttributes(attributes);
            authenticator.setUserSearch(userSearch);
        }
        authenticator.setUserAttributes(attributes);
    }

    /**
     * Binds as the person with their password and describes them.
     *
     * @throws BadCredentialsException for an unknown login or a wrong password
     * @throws DisabledException       for an account the directory disabled
     * @throws LockedException         for an account the directory locked
     */
    DirectoryProfile authenticate(String login, String password) {
        DirContextOperations entry;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
        } catch (UsernameNotFoundException unknown) {
            throw new BadCredentialsException("bad credentials");
        }
        return describe(login, entry);
    }

    /**
     * The person as the directory describes them now, for a re-check; empty when the directory no
     * longer has them. Needs read access (the manager account, or anonymous reads).
     *
     * @throws DisabledException when the directory disabled or locked them
     */
    Optional<DirectoryProfile> find(String login) {
        DirContextOperations entry;
        try {
            if (userSearch == null) {
                String dn = MessageFormat.format(settings.userDnPattern(), LdapEncoder.nameEncode(login));
                entry = template.retrieveEntry(dn, attributes);
            } else {
                entry = userSearch.searchForUser(login);
            }
        } catch (NameNotFoundException | UsernameNotFoundException gone) {
            return Optional.empty();
        }
        try {
            return Optional.of(describe(login, entry));
        } catch (AuthenticationException disabledOrLocked) {
            throw new DisabledException("disabled in the directory");
        }
    }

    private DirectoryProfile describe(String login, DirContextOperations entry) {
        String uac = entry.getStringAttribute("userAccountControl");
        if (uac != null && uac.strip().matches("\\d+") && (Long.parseLong(uac.strip()) & AD_ACCOUNT_DISABLED) != 0
                || "true".equalsIgnoreCase(entry.getStringAttribute("nsAccountLock"))) {
            throw new DisabledException("disabled in the directory");
        }
        if (entry.getStringAttribute("pwdAccountLockedTime") != null) {
            throw new LockedException("locked in the directory");
        }
        Set<String> groups = groups(login, entry);
        List<String> directionValues = settings.directionAttribute().equalsIgnoreCase(settings.groupsAttribute())
                ? new ArrayList<>(groups) : values(entry, settings.directionAttribute());
        String name = first(entry, settings.nameAttribute(), "cn");
        return new DirectoryProfile(AccountOrigin.LDAP, normalise(login), null,
                name == null ? normalise(login) : name, entry.getStringAttribute(settings.emailAttribute()),
                mapping.roles(groups), mapping.directions(directionValues));
    }

    /** The entry's groups attribute and, when configured, the groups found by {0} = the entry's DN, {1} = the login. */
    private Set<String> groups(String login, DirContextOperations entry) {
        Set<String> groups = new LinkedHashSet<>(values(entry, settings.groupsAttribute()));
        if (StringUtils.hasText(settings.groupSearchBase())) {
            groups.addAll(template.searchForSingleAttributeValues(settings.groupSearchBase(),
                    settings.groupSearchFilter(), new String[] {entry.getNameInNamespace(), normalise(login)},
                    "cn"));
        }
        return groups;
    }

    private static List<String> values(DirContextOperations entry, String attribute) {
        if (!StringUtils.hasText(attribute)) {
            return List.of();
        }
        String[] values = entry.getStringAttributes(attribute);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static String first(DirContextOperations entry, String... attributes) {
        for (String attribute : attributes) {
            String value = entry.getStringAttribute(attribute);
            if (StringUtils.hasText(value)) {
                return value.strip();
            }
        }
        return null;
    }

    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
