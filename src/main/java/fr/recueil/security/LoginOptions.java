package fr.recueil.security;

import fr.recueil.organisation.LocalPasswords;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the login page offers: the directory's login (LDAP, OpenID Connect), Recueil's own passwords. */
@Component
public class LoginOptions {

    private final DirectoryLogin directory;
    private final LocalPasswords localPasswords;

    LoginOptions(DirectoryLogin directory, LocalPasswords localPasswords) {
        this.directory = directory;
        this.localPasswords = localPasswords;
    }

    /** Whether the login form checks passwords against the authority's LDAP / Active Directory. */
    public boolean directoryPasswords() {
        return directory.ldapEnabled();
    }

    /** Whether Recueil's own passwords (local accounts) are accepted. */
    public boolean localPasswords() {
        return localPasswords.enabled();
    }

    /** The OpenID Connect provider's name, when there is one. */
    public Optional<String> openIdProvider() {
        return Optional.ofNullable(directory.oidcName());
    }

    /** Where the OpenID Connect login starts. */
    public String openIdStart() {
        return DirectoryLogin.OIDC_START.substring(1);
    }
}
