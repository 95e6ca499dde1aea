package fr.recueil.security;

import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.DirectoryAccounts;
import fr.recueil.organisation.DirectoryConflictException;
import fr.recueil.organisation.DirectoryProfile;
import fr.recueil.organisation.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.ldap.NamingException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Logging in with the authority's directory: the LDAP / Active Directory password check (before
 * Recueil's own passwords), and the re-check of directory accounts while they are logged in
 * ({@link DirectoryRecheckFilter}). Applied to the interactive chain by {@link SecurityConfiguration}.
 */
@Component
@EnableConfigurationProperties({LdapSettings.class, OidcSettings.class, GroupMapping.class})
class DirectoryLogin {

    static final String LOGIN_PAGE = "/login";
    /** Where the login page's OpenID Connect button goes. */
    static final String OIDC_START = "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;

    private static final Logger log = LoggerFactory.getLogger(DirectoryLogin.class);

    private final LdapSettings ldapSettings;
    private final LdapDirectory ldap;
    private final DirectoryAccounts accounts;
    private final LoginThrottle throttle;
    private final DirectoryRecheckFilter recheck;
    private final AuthenticationProvider ldapProvider;
    private final OidcSettings oidcSettings;
    private final OidcLogin oidc;

    DirectoryLogin(LdapSettings ldapSettings, OidcSettings oidcSettings, GroupMapping mapping,
                   DirectoryAccounts accounts, LoginThrottle throttle, Clock clock) {
        this.ldapSettings = ldapSettings;
        this.ldap = ldapSettings.enabled() ? new LdapDirectory(ldapSettings, mapping) : null;
        this.accounts = accounts;
        this.throttle = throttle;
        this.recheck = new DirectoryRecheckFilter(this, ldapSettings.recheck(), clock);
        this.ldapProvider = ldap == null ? null : new LdapProvider();
        this.oidcSettings = oidcSettings;
        this.oidc = oidcSettings.enabled() ? new OidcLogin(oidcSettings, mapping, accounts) : null;
        if (oidc != null) {
            log.info("Directory login: OpenID Connect with {} ({}).", oidcSettings.issuer(), oidcSettings.name());
        }
        if (ldap != null) {
            log.info("Directory login: LDAP at {} ({}).", ldapSettings.url(),
                    ldapSettings.directBind() ? "direct bind" : "search and bind");
        }
    }

    void applyTo(HttpSecurity http) {
        if (ldap != null) {
            http.authenticationProvider(ldapProvider);
        }
        http.addFilterAfter(recheck, AnonymousAuthenticationFilter.class);
        if (oidc != null) {
            http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
                    .clientRegistrationRepository(oidc.registrations())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc.userService())));
        }
    }

    /** With OpenID Connect, logging out also ends the session at the provider; otherwise Vaadin's own logout. */
    void configureLogout(VaadinSecurityConfigurer vaadin, String loggedOutUrl) {
        if (oidc != null) {
            vaadin.logoutSuccessHandler(oidc.logoutSuccessHandler(loggedOutUrl));
        }
    }

    OidcLogin oidc() {
        return oidc;
    }

    /** The label of the OpenID Connect button on the login page, or null when there is no provider. */
    String oidcName() {
        return oidc == null ? null : oidcSettings.name();
    }

    /** The LDAP password check, or null when no directory is configured. */
    AuthenticationProvider ldapProvider() {
        return ldapProvider;
    }

    DirectoryRecheckFilter recheckFilter() {
        return recheck;
    }

    boolean ldapEnabled() {
        return ldap != null;
    }

    /**
     * Asks the directory about a logged-in person and brings their account up to date. Returns the
     * account as it is now, or empty when it may no longer be used (disabled or gone in the
     * directory, deactivated in Recueil).
     *
     * @throws NamingException when the directory cannot be reached (then nothing changes)
     */
    Optional<UserAccount> recheck(RecueilUser user) {
        if (user.origin() != AccountOrigin.LDAP || ldap == null) {
            return Optional.empty();
        }
        Optional<DirectoryProfile> profile;
        try {
            profile = ldap.find(user.getUsername());
        } catch (DisabledException disabled) {
            profile = Optional.empty();
        }
        if (profile.isEmpty()) {
            accounts.disable(AccountOrigin.LDAP, user.getUsername());
            return Optional.empty();
        }
        return accounts.refresh(profile.get()).filter(UserAccount::isActive);
    }

    /** Binds to the directory as the person; an unknown login or wrong password lets Recueil's own passwords try. */
    private final class LdapProvider implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            String login = LdapDirectory.normalise(authentication.getName());
            String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            if (login.isEmpty() || password.isEmpty()) {
                throw new BadCredentialsException("bad credentials");
            }
            if (throttle.refusalForCurrentRequest(login).isPresent()) {
                throw new LockedException("locked by Recueil");
            }
            DirectoryProfile profile;
            try {
                profile = ldap.authenticate(login, password);
            } catch (NamingException unreachable) {
                log.warn("Directory login of '{}' impossible: {}", login, unreachable.getMessage());
                throw new AuthenticationServiceException("directory unreachable");
            }
            UserAccount account;
            try {
                account = accounts.signIn(profile);
            } catch (DirectoryConflictException conflict) {
                log.warn("Directory login refused: {}. Rename the local account or remove it.", conflict.getMessage());
                throw new BadCredentialsException("bad credentials");
            }
            if (!account.isActive()) {
                throw new DisabledException("deactivated in Recueil");
            }
            RecueilUser user = new RecueilUser(account, false);
            recheck.checkedNow(user.getUsername());
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
