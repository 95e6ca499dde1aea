package fr.recueil.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import java.util.List;

/**
 * The OpenID Connect login ({@code RECUEIL_OIDC_*}, see README): on when {@code issuer} is set. Any
 * standard provider (Keycloak, Entra ID, ProConnect…) by its issuer URL, client id and secret; the
 * login comes from {@code loginClaim}, the roles from the groups in {@code groupsClaim}, the
 * directions from {@code directionClaim}, mapped as for LDAP ({@link GroupMapping}).
 */
@ConfigurationProperties("recueil.oidc")
record OidcSettings(String issuer, String clientId, String clientSecret, String name, List<String> scopes,
                    String loginClaim, String groupsClaim, String directionClaim) {

    static final String REGISTRATION_ID = "oidc";

    OidcSettings {
        name = StringUtils.hasText(name) ? name.strip() : "OpenID Connect";
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        loginClaim = StringUtils.hasText(loginClaim) ? loginClaim.strip() : "preferred_username";
        groupsClaim = groupsClaim == null ? "" : groupsClaim.strip();
        directionClaim = directionClaim == null ? "" : directionClaim.strip();
    }

    boolean enabled() {
        return StringUtils.hasText(issuer);
    }
}
