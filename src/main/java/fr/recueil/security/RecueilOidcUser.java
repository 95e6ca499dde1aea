package fr.recueil.security;

import fr.recueil.organisation.UserAccount;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Map;

/** A user logged in through OpenID Connect: a Recueil user that also keeps the provider's ID token (for logout). */
class RecueilOidcUser extends RecueilUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    RecueilOidcUser(UserAccount account, OidcUser oidcUser) {
        super(account, false);
        this.idToken = oidcUser.getIdToken();
        this.userInfo = oidcUser.getUserInfo();
        this.claims = Map.copyOf(oidcUser.getClaims());
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
