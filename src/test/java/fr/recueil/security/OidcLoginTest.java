package fr.recueil.security;

import fr.recueil.base.audit.SystemActor;
import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserService;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenID Connect login against a real (mock) provider: the whole redirect dance, claims mapped, logout at the provider. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginTest {

    private static final String CLIENT_ID = "recueil";
    private static final String ISSUER_ID = "collectivite";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("recueil.oidc.issuer", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        registry.add("recueil.oidc.client-id", () -> CLIENT_ID);
        registry.add("recueil.oidc.client-secret", () -> "secret-de-test");
        registry.add("recueil.oidc.name", () -> "le portail des agents");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    private int port;
    @Autowired
    private UserService users;
    @Autowired
    private OrganisationService organisation;
    @Autowired
    private DirectoryLogin directoryLogin;
    @Autowired
    private LoginOptions loginOptions;

    @Test
    void the_login_page_offers_the_provider() {
        assertThat(loginOptions.openIdProvider()).contains("le portail des agents");
        assertThat(loginOptions.directoryPasswords()).isFalse();
    }

    @Test
    void a_person_logs_in_at_the_provider_and_gets_an_account_with_the_roles_and_directions_of_their_claims()
            throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sujet-jeanne", "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", "Jeanne.Petit",
                        "name", "Jeanne Petit",
                        "email", "jeanne.petit@departement.example",
                        "groups", List.of("/recueil/recueil-contributeurs", "/recueil/recueil-relecteurs",
                                "/recueil/recueil-direction-DSI", "/autre/groupe-sans-rapport")),
                3600));
        HttpResponse<String> landed = loginAtTheProvider();

        assertThat(landed.uri().getPort()).isEqualTo(port);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.uri().getQuery()).isNull();
        assertThat(landed.statusCode()).isEqualTo(200);
        UserAccount account = users.findForAuthentication("jeanne.petit").orElseThrow();
        assertThat(account.getOrigin()).isEqualTo(AccountOrigin.OIDC);
        assertThat(account.getExternalId()).endsWith("|sujet-jeanne");
        assertThat(account.getDisplayName()).isEqualTo("Jeanne Petit");
        assertThat(account.getEmail()).isEqualTo("jeanne.petit@departement.example");
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.CONTRIBUTOR, Role.REVIEWER);
        assertThat(account.getDirectionIds()).containsExactly(directionId("DSI"));
    }

    @Test
    void a_provider_login_that_is_a_local_account_login_is_refused_and_the_local_account_is_untouched()
            throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sujet-intrus", "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", "communication", "name", "Intrus",
                        "groups", List.of("recueil-administrateurs")), 3600));
        HttpResponse<String> landed = loginAtTheProvider();

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).isEqualTo("error");
        UserAccount local = users.findForAuthentication("communication").orElseThrow();
        assertThat(local.getOrigin()).isEqualTo(AccountOrigin.LOCAL);
        assertThat(local.getRoles()).containsExactly(Role.COMMUNICATION);
    }

    @Test
    void logging_out_ends_the_session_at_the_provider_and_comes_back_to_the_login_page() throws Exception {
        var token = PROVIDER.issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID, "sujet-paul",
                "JWT", List.of(CLIENT_ID), Map.of("preferred_username", "paul.durand", "name", "Paul Durand",
                "groups", List.of("recueil-communication")), 3600));
        Map<String, Object> claims = token.getJWTClaimsSet().toJSONObject();
        OidcIdToken idToken = new OidcIdToken(token.serialize(), token.getJWTClaimsSet().getIssueTime().toInstant(),
                token.getJWTClaimsSet().getExpirationTime().toInstant(), claims);
        RecueilOidcUser user = directoryLogin.oidc().toRecueilUser(new DefaultOidcUser(List.of(), idToken));
        assertThat(user.roles()).containsExactly(Role.COMMUNICATION);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setServerPort(port);
        MockHttpServletResponse response = new MockHttpServletResponse();
        directoryLogin.oidc().logoutSuccessHandler("/login?logout").onLogoutSuccess(request, response,
                new OAuth2AuthenticationToken(user, user.getAuthorities(), OidcSettings.REGISTRATION_ID));

        URI endSession = URI.create(response.getRedirectedUrl());
        assertThat(endSession.toString()).startsWith(PROVIDER.issuerUrl(ISSUER_ID).toString());
        assertThat(endSession.getQuery()).contains("id_token_hint=" + token.serialize())
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        HttpResponse<Void> back = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endSession).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).contains("http://localhost:" + port + "/login?logout");
    }

    /** What a browser does from the login page's button: to the provider, which logs the person in, and back. */
    private HttpResponse<String> loginAtTheProvider() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + DirectoryLogin.OIDC_START))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private long directionId(String acronym) {
        return SystemActor.call(() -> organisation.directions().stream()
                .filter(d -> acronym.equals(d.getAcronym())).map(Direction::getId).findFirst().orElseThrow());
    }
}
