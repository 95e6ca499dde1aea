package fr.recueil.security;

import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.DirectoryAccounts;
import fr.recueil.organisation.DirectoryConflictException;
import fr.recueil.organisation.DirectoryProfile;
import fr.recueil.organisation.UserAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Logging in with an OpenID Connect provider: the provider's configuration is read from its issuer
 * (at the first login, so that Recueil starts even while the provider is away), the ID token's
 * claims become the account (provisioned at the first login), and logging out of Recueil also ends
 * the session at the provider (RP-initiated logout).
 */
class OidcLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final OidcSettings settings;
    private final GroupMapping mapping;
    private final DirectoryAccounts accounts;
    private final Registrations registrations = new Registrations();

    OidcLogin(OidcSettings settings, GroupMapping mapping, DirectoryAccounts accounts) {
        this.settings = settings;
        this.mapping = mapping;
        this.accounts = accounts;
    }

    ClientRegistrationRepository registrations() {
        return registrations;
    }

    OidcUserService userService() {
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                return toRecueilUser(super.loadUser(request));
            }
        };
    }

    /** After logout: the provider's end of session for OIDC users, then back to the login page; the login page for others. */
    LogoutSuccessHandler logoutSuccessHandler(String loggedOutUrl) {
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}" + loggedOutUrl);
        provider.setDefaultTargetUrl(loggedOutUrl);
        SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
        local.setDefaultTargetUrl(loggedOutUrl);
        return new LogoutSuccessHandler() {
            @Override
            public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
                if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
                    provider.onLogoutSuccess(request, response, authentication);
                } else {
                    local.onLogoutSuccess(request, response, authentication);
                }
            }
        };
    }

    RecueilOidcUser toRecueilUser(OidcUser oidcUser) {
        Map<String, Object> claims = oidcUser.getClaims();
        String issuer = String.valueOf(oidcUser.getIssuer());
        DirectoryProfile profile = new DirectoryProfile(AccountOrigin.OIDC, login(oidcUser),
                issuer + "|" + oidcUser.getSubject(), name(oidcUser), oidcUser.getEmail(),
                mapping.roles(values(claims.get(settings.groupsClaim()))),
                mapping.directions(values(claims.get(settings.directionClaim()))));
        UserAccount account;
        try {
            account = accounts.signIn(profile);
        } catch (DirectoryConflictException conflict) {
            log.warn("OpenID Connect login refused: {}.", conflict.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error("login_conflict"), "login conflict");
        } catch (RuntimeException unusable) {
            log.warn("OpenID Connect login refused for subject {}: {}", oidcUser.getSubject(), unusable.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_profile"), "invalid profile");
        }
        if (!account.isActive()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), "account disabled");
        }
        return new RecueilOidcUser(account, oidcUser);
    }

    /** The login claim made a Recueil login: lower case, other characters than letters, digits, ".", "_", "-" as ".". */
    private String login(OidcUser user) {
        Object claim = user.getClaims().get(settings.loginClaim());
        String value = claim == null ? user.getSubject() : claim.toString();
        String login = value.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[._-]+", "");
        return login.length() > 60 ? login.substring(0, 60) : login;
    }

    private static String name(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        String joined = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                + (user.getFamilyName() == null ? "" : user.getFamilyName())).strip();
        return joined.isEmpty() ? user.getSubject() : joined;
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim instanceof String s && !s.isBlank()) {
            for (String part : s.split("[,;]")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    /** The provider's registration, read from its issuer at the first use and again after a failure. */
    private final class Registrations implements ClientRegistrationRepository {

        private volatile ClientRegistration registration;

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration found = registration;
            if (found == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromIssuerLocation(settings.issuer().strip())
                                .registrationId(OidcSettings.REGISTRATION_ID)
                                .clientName(settings.name())
                                .clientId(settings.clientId())
                                .clientSecret(settings.clientSecret())
                                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                .scope(settings.scopes())
                                .build();
                    }
                    found = registration;
                }
            }
            return found;
        }
    }
}
